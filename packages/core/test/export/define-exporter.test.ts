/**
 * defineExporter derives `write` from `stream`: the same bytes, the stream read once; and it refuses, before any
 * byte, what the exporter does not write and a report export without a report.
 */
import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../src/model/dataset';
import { type ExportOptions, collectBytes, concatBytes, defineExporter } from '../../src/export/index';
import { ConfigError } from '../../src/errors/classes';
import { validate } from '../../src/rules/validate';

const encoder = new TextEncoder();

describe('defineExporter', () => {
  it('writes exactly the bytes it streams, reading the stream once', async () => {
    let streams = 0;
    const exporter = defineExporter<ExportOptions & { readonly greeting?: string }>({
      id: 'text',
      mediaType: 'text/plain',
      extension: 'txt',
      async *stream(_input, options) {
        streams++;
        yield encoder.encode(options?.greeting ?? 'xin chào');
        yield encoder.encode(', ');
        yield encoder.encode('thế giới');
      },
    });
    expect([exporter.id, exporter.mediaType, exporter.extension]).toEqual(['text', 'text/plain', 'txt']);
    const bytes = await exporter.write(emptyDataset(), { greeting: 'chào' });
    expect(new TextDecoder().decode(bytes)).toBe('chào, thế giới');
    expect(streams).toBe(1);
  });

  it('writes an empty file for an empty stream, and one chunk as it is', async () => {
    const empty = defineExporter({ id: 'none', mediaType: 'application/octet-stream', extension: 'bin', async *stream() {} });
    expect(await empty.write(emptyDataset())).toEqual(new Uint8Array(0));
    const chunk = encoder.encode('một');
    expect(concatBytes([chunk])).toBe(chunk);
    expect(concatBytes([chunk, chunk])).toEqual(encoder.encode('mộtmột'));
  });

  describe('what it writes', () => {
    const written: (string | undefined)[] = [];
    const listOnly = defineExporter({
      id: 'lines',
      mediaType: 'text/plain',
      extension: 'txt',
      async *stream(_input, options) {
        written.push(options?.what);
        yield encoder.encode('list');
      },
    });
    const both = defineExporter({
      id: 'doc',
      mediaType: 'text/plain',
      extension: 'txt',
      contents: ['list', 'report'],
      async *stream(_input, options) {
        yield encoder.encode(options?.what === 'report' ? `errors ${options.report?.summary.errors}` : 'list');
      },
    });

    it('lists what it writes: lists by default', () => {
      expect(listOnly.contents).toEqual(['list']);
      expect(both.contents).toEqual(['list', 'report']);
    });

    it('refuses a report from an exporter that writes lists only, naming both languages, before any byte', async () => {
      written.length = 0;
      const error = await listOnly.write(emptyDataset(), { what: 'report' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).text.en).toBe('The "lines" exporter does not write validation reports (it writes: lists)');
      expect((error as ConfigError).text.vi).toBe('Bộ xuất "lines" không ghi báo cáo kiểm tra (chỉ ghi: danh sách)');
      // The stream form rejects its first read the same way, and the definition's stream never ran.
      await expect(collectBytes(listOnly.stream(emptyDataset(), { what: 'report' }))).rejects.toBeInstanceOf(ConfigError);
      expect(written).toEqual([]);
      expect(new TextDecoder().decode(await listOnly.write(emptyDataset(), { what: 'list' }))).toBe('list');
    });

    it('refuses a report export without the report, and writes the one it is given', async () => {
      await expect(both.write(emptyDataset(), { what: 'report' })).rejects.toThrow(/needs options\.report/u);
      const report = validate(emptyDataset(), { packs: [] });
      expect(new TextDecoder().decode(await both.write(emptyDataset(), { what: 'report', report }))).toBe('errors 0');
    });
  });
});
