import type ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { MissingDependencyError } from '@ungcu/core/errors';
import { emptyDataset } from '@ungcu/core';

// exceljs is a peer dependency; without it, exporting says which package to install.
vi.mock('exceljs', () => {
  throw new Error("Cannot find package 'exceljs'");
});

describe('without exceljs', () => {
  it('throws a MissingDependencyError naming the package', async () => {
    const { xlsxExporter } = await import('../src/index');
    const error = await xlsxExporter()
      .write(emptyDataset())
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
    const bytes = await xlsxExporter({ exceljs: 'default' in actual ? actual.default : actual }).write(emptyDataset());
    expect(bytes[0]).toBe(0x50); // "PK", a zip archive
  });
});
