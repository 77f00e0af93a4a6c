/** defineExporter derives `write` from `stream`: the same bytes, the stream read once. */
import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../src/model/dataset';
import { type ExportOptions, concatBytes, defineExporter } from '../../src/export/index';

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
});
