/**
 * The streaming zip writer alone (src/zip-writer.ts), read back by fflate (an independent zip reader that
 * checks nothing of ours) and by hand where a record matters: entries of every size class, text made in many
 * small pieces across the 64 KiB boundary, the refusal of an archive over the size bound, and a fault while
 * an entry's text is being made.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import { type ZipSource, zipArchive } from '../src/zip-writer';

async function bytesOf(sources: Iterable<ZipSource>, options?: Parameters<typeof zipArchive>[1]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of zipArchive(sources, options)) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function* pieces(count: number): Generator<string> {
  for (let i = 0; i < count; i++) yield `<r n="${i}">Nguyễn Thị Ánh ${i} &amp; Đặng</r>`;
}

describe('zipArchive', () => {
  it('writes entries an independent reader unzips to the same text: empty, one piece, and many pieces past 64 KiB', async () => {
    const many = [...pieces(20_000)].join('');
    const bytes = await bytesOf([
      { name: 'empty.xml', text: () => [] },
      { name: 'one.xml', text: () => ['<a>ư</a>'] },
      { name: 'many.xml', text: () => pieces(20_000) },
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['empty.xml', 'one.xml', 'many.xml']);
    expect(strFromU8(files['empty.xml']!)).toBe('');
    expect(strFromU8(files['one.xml']!)).toBe('<a>ư</a>');
    expect(many.length).toBeGreaterThan(4 * 65_536);
    expect(strFromU8(files['many.xml']!)).toBe(many);
  });

  it('ends with a central directory that counts every entry and points at where it starts', async () => {
    const bytes = Buffer.from(await bytesOf([{ name: 'a.xml', text: () => ['a'] }, { name: 'b.xml', text: () => ['b'] }]));
    const end = bytes.length - 22;
    expect(bytes.readUInt32LE(end)).toBe(0x06054b50);
    expect(bytes.readUInt16LE(end + 10)).toBe(2);
    const directory = bytes.readUInt32LE(end + 16);
    expect(directory + bytes.readUInt32LE(end + 12)).toBe(end);
    expect(bytes.readUInt32LE(directory)).toBe(0x02014b50);
    // The first entry's local header is at offset 0, the second after the first's data descriptor.
    expect(bytes.readUInt32LE(directory + 42)).toBe(0);
    const second = directory + 46 + 'a.xml'.length;
    const offset = bytes.readUInt32LE(second + 42);
    expect(bytes.readUInt32LE(offset)).toBe(0x04034b50);
    expect(bytes.toString('ascii', offset + 30, offset + 35)).toBe('b.xml');
  });

  it('refuses an entry over the size bound with the reason in both languages', async () => {
    const error = await bytesOf([{ name: 'xl/worksheets/sheet1.xml', text: () => pieces(1000) }], { maxBytes: 10_000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).text.en).toContain('The XLSX workbook would be over 4 GiB (xl/worksheets/sheet1.xml)');
    expect((error as ConfigError).text.vi).toContain('Sổ tính XLSX vượt quá 4 GiB');
    // Under the bound, the same entry is written.
    expect(unzipSync(await bytesOf([{ name: 'x.xml', text: () => pieces(10) }], { maxBytes: 10_000 }))['x.xml']).toBeDefined();
  });

  it('ends the archive with the error thrown while an entry is being made', async () => {
    const failing = function* (): Generator<string> {
      yield* pieces(5000);
      throw new Error('row 5001 cannot be written');
    };
    const chunks: Uint8Array[] = [];
    const error = await (async () => {
      for await (const chunk of zipArchive([{ name: 'a.xml', text: () => ['a'] }, { name: 'b.xml', text: failing }])) chunks.push(chunk);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('row 5001 cannot be written');
    // What was yielded before the fault holds no end of archive: a reader cannot take it for a whole file.
    const written = Buffer.concat(chunks);
    expect(written.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBe(false);
  });
});
