/** XLSX input is bounded before it is parsed: size, entries, expansion ratio, real inflated size, rows. */
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputLimitError } from '@ungcu/core/errors';
import { xlsxExporter, xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the import to be refused'),
    (error: unknown) => error,
  );
}

describe('XLSX input limits', () => {
  it('refuses a zip bomb by its declared expansion ratio, before parsing', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 2 ** 20) }, { level: 9 });
    const error = await rejection(xlsxImporter().read({ name: 'bomb.xlsx', data: bomb }, { election: ELECTION }));
    expect(error).toBeInstanceOf(InputLimitError);
    expect(error).toMatchObject({ code: 'input-too-large', details: { file: 'bomb.xlsx', limit: 100 } });
    expect((error as InputLimitError).text.vi).toContain('bom nén');
  });

  it('catches an archive that lies about its sizes by inflating it once', async () => {
    const payload = new Uint8Array(4 * 2 ** 20).fill(65);
    const zip = zipSync({ 'xl/workbook.xml': payload }, { level: 1 });
    // Rewrite the declared uncompressed size (local header offset 22, central header offset 24) to 5000 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 5000, true);
    for (let p = zip.byteLength - 22; p >= 0; p--) {
      if (view.getUint32(p, true) === 0x02014b50) {
        view.setUint32(p + 24, 5000, true);
        break;
      }
    }
    const error = await rejection(xlsxImporter().read({ name: 'liar.xlsx', data: zip }, { election: ELECTION }));
    expect(error).toMatchObject({ code: 'input-too-large', details: { entry: 'xl/workbook.xml', declared: 5000 } });
  });

  it('refuses files over the size limit, and sheets over the row limit', async () => {
    const bytes = await xlsxExporter().write(await realDataset());
    const small = xlsxImporter({ limits: { maxBytes: 1000 } });
    expect(await rejection(small.read({ name: 'big.xlsx', data: bytes }, { election: ELECTION }))).toMatchObject({
      code: 'input-too-large',
      details: { limit: 1000 },
    });
    const few = xlsxImporter({ limits: { maxRows: 100 } });
    expect(await rejection(few.read({ name: 'long.xlsx', data: bytes }, { election: ELECTION }))).toMatchObject({
      code: 'input-too-large',
      details: { limit: 100 },
    });
  });

  it('reports bytes that are not a zip as an unreadable file, as data', async () => {
    const { errors } = await xlsxImporter().read({ name: 'text.xlsx', data: strToU8('hello') }, { election: ELECTION });
    expect(errors).toEqual([expect.objectContaining({ code: 'unreadable-file', file: 'text.xlsx', row: 1 })]);
    const stored = zipSync({ 'x.txt': deflateRawSync(strToU8('not a workbook')) });
    const second = await xlsxImporter().read({ name: 'other.zip', data: stored }, { election: ELECTION });
    expect(second.errors.map((e) => e.code)).toEqual(['unreadable-file']);
  });
});
