/**
 * exceljs is a peer dependency loaded on first use: apps that never touch XLSX do not pay for it, and an app
 * without it gets a MissingDependencyError naming the package to install. Tests and bundlers can inject it.
 */
import type ExcelJSModule from 'exceljs';
import { MissingDependencyError } from '@ungcu/core/errors';

export type ExcelJs = typeof ExcelJSModule;

let loaded: Promise<ExcelJs> | undefined;

export function loadExcelJs(injected?: ExcelJs): Promise<ExcelJs> {
  if (injected !== undefined) return Promise.resolve(injected);
  loaded ??= import('exceljs').then(
    (module) => ((module as { default?: ExcelJs }).default ?? (module as unknown as ExcelJs)),
    (cause: unknown) => {
      loaded = undefined;
      throw new MissingDependencyError('exceljs', 'XLSX validation reports and writeSheets() (@ungcu/export-xlsx)', { cause });
    },
  );
  return loaded;
}
