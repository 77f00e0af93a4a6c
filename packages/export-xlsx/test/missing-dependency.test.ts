import type ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { MissingDependencyError } from '@ungcu/core/errors';
import { emptyDataset } from '@ungcu/core';
import { validate } from '@ungcu/core/rules';
import { readXlsx } from '@ungcu/testkit/export';

// exceljs is a peer dependency for reports; without it, a report export says which package to install, and a
// list export (written without exceljs) works.
vi.mock('exceljs', () => {
  throw new Error("Cannot find package 'exceljs'");
});

describe('without exceljs', () => {
  it('writes a list all the same', async () => {
    const { xlsxExporter } = await import('../src/index');
    const workbook = readXlsx(await xlsxExporter().write(emptyDataset()));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Danh sách', 'Danh mục', 'Hướng dẫn']);
  });

  it('throws a MissingDependencyError naming the package for a report', async () => {
    const { xlsxExporter } = await import('../src/index');
    const data = emptyDataset();
    const error = await xlsxExporter()
      .write(data, { what: 'report', report: validate(data, { packs: [] }) })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect(error).toMatchObject({ code: 'missing-dependency', packageName: 'exceljs' });
    expect((error as Error).message).toContain('npm install exceljs');
  });

  it('works with an injected exceljs module', async () => {
    const actual = await vi.importActual<typeof ExcelJS | { default: typeof ExcelJS }>('exceljs');
    const { xlsxExporter } = await import('../src/index');
    const data = emptyDataset();
    const bytes = await xlsxExporter({ exceljs: 'default' in actual ? actual.default : actual }).write(data, { what: 'report', report: validate(data, { packs: [] }) });
    expect(bytes[0]).toBe(0x50); // "PK", a zip archive
  });
});
