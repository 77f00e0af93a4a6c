/**
 * `ungcu export --what report`, the document formats and the progress bar: the real 2021 list as a PDF and a
 * DOCX, its validation report as a workbook, a report refused by an exporter that writes lists only (nothing
 * written), and a progress bar on a terminal only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsx } from '@ungcu/testkit/export';
import { run } from '../src/index';
import { progressBar, type ProgressStream } from '../src/progress';
import { capture } from './support';

const candidates = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const files = readdirSync(candidates).filter((f) => f.endsWith('.csv')).map((f) => join(candidates, f));
const dir = mkdtempSync(fileURLToPath(new URL('./.tmp-export-', import.meta.url)));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A terminal stand-in: what a bar draws on it. */
function terminal(isTTY: boolean): ProgressStream & { written: string } {
  const stream = { isTTY, columns: 100, written: '', write: (text: string) => ((stream.written += text), true) };
  return stream;
}

describe('ungcu export --what report', () => {
  it('writes the validation report of the real list as a workbook, with its summary in the result line', async () => {
    const out = join(dir, 'report.xlsx');
    const io = capture();
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--what', 'report', '--out', out], io)).toBe(0);
    expect(io.out).toContain('Exported the validation report of 868 nominees (0 errors, 7 warnings, 19 information) to');
    const book = readXlsx(readFileSync(out));
    expect(book.sheets.length).toBeGreaterThanOrEqual(3);
    expect(book.sheets[0]!.name).toBe('Tổng hợp');
  }, 180_000);

  it('refuses a report from an exporter that writes lists only, and writes nothing', async () => {
    const io = capture();
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--what', 'report', '--out', join(dir, 'report.json')], io)).toBe(2);
    expect(io.err).toContain('The "json" exporter does not write validation reports; use --format csv | xlsx | pdf | docx');
    expect(readdirSync(dir).filter((f) => f.startsWith('report.json'))).toEqual([]);
    const bad = capture();
    expect(await run(['export', ...files, '--what', 'summary', '--out', join(dir, 'x.csv')], bad)).toBe(2);
    expect(bad.err).toContain('--what must be one of list, report');
  }, 120_000);
});

describe('ungcu export to documents', () => {
  it('writes the real list as a PDF and a DOCX, one section per constituency, with a bar on a terminal only', async () => {
    const tty = terminal(true);
    const io = Object.assign(capture(), { progress: tty });
    const pdf = join(dir, 'danh-sach.pdf');
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', pdf], io)).toBe(0);
    expect(io.out).toContain('Exported 868 nominees to');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The bar counted constituencies: its last frame before it was cleared shows 184/184.
    expect(tty.written).toContain('184/184 đơn vị bầu cử / constituencies');
    const piped = terminal(false);
    const docx = join(dir, 'danh-sach.docx');
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', docx], Object.assign(capture(), { progress: piped }))).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(piped.written).toBe('');
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  }, 240_000);
});

describe('ungcu export to CSV and XLSX', () => {
  it('counts the rows written on a terminal, and draws nothing when piped', async () => {
    for (const name of ['danh-sach.xlsx', 'danh-sach.csv']) {
      const tty = terminal(true);
      const out = join(dir, name);
      expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', out], Object.assign(capture(), { progress: tty }))).toBe(0);
      // The last frame before the bar was cleared: every row of the list.
      expect(tty.written, name).toContain('868/868 dòng / rows');
      const piped = terminal(false);
      expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', out], Object.assign(capture(), { progress: piped }))).toBe(0);
      expect(piped.written, name).toBe('');
    }
  }, 180_000);
});

describe('ungcu export --redact', () => {
  it('leaves personal data out of the file: sensitive drops hometown and residence and keeps the birth year', async () => {
    const plain = join(dir, 'plain.csv');
    const redacted = join(dir, 'redacted.csv');
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', plain], capture())).toBe(0);
    const io = capture();
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', redacted, '--redact', 'sensitive'], io), io.err).toBe(0);
    const before = readFileSync(plain, 'utf8');
    const after = readFileSync(redacted, 'utf8');
    // Nguyễn Phú Trọng, Hà Nội 1: born 14/04/1944 in Đông Hội, Đông Anh.
    expect(before).toContain('14/04/1944');
    expect(before).toContain('Xã Đông Hội, huyện Đông Anh');
    expect(after).not.toContain('14/04/1944');
    expect(after).not.toContain('Xã Đông Hội, huyện Đông Anh');
    expect(after).toMatch(/Nguyễn Phú Trọng[^\n]*1944/u);
    expect(after.split('\n').length).toBe(before.split('\n').length);
  }, 120_000);

  it('refuses a profile it does not know, writing nothing', async () => {
    const out = join(dir, 'never.csv');
    const io = capture();
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', out, '--redact', 'secret'], io)).toBe(2);
    expect(io.err).toContain('--redact phải là một trong none, public, sensitive');
    expect(io.err).toContain('--redact must be one of none, public, sensitive');
    expect(readdirSync(dir)).not.toContain('never.csv');
  });
});

describe('progressBar', () => {
  it('draws nothing when the stream is not a terminal, and done/total with the unit when it is', () => {
    expect(progressBar('Đang xuất / Exporting', terminal(false))).toBeUndefined();
    expect(progressBar('Đang xuất / Exporting', undefined)).toBeUndefined();
    const tty = terminal(true);
    let now = 0;
    const bar = progressBar('Đang xuất / Exporting', tty, () => now)!;
    const unit = { vi: 'đơn vị bầu cử', en: 'constituencies' };
    bar.update({ done: 0, total: 10, unit });
    now = 2000;
    bar.update({ done: 10, total: 10, unit });
    bar.stop();
    expect(tty.written).toContain('Đang xuất / Exporting');
    expect(tty.written).toContain('10/10 đơn vị bầu cử / constituencies · 5/s');
  });
});
