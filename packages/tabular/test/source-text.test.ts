/**
 * Nothing a list says is dropped in silence: a council incumbency cell the parser cannot fully read is kept as
 * written in Nominee.sourceText, on the real 2021 list, in both layouts, and written back on export.
 */
import { describe, expect, it } from 'vitest';
import { type Dataset, Nominee } from '@ungcu/core';
import { type LayoutId, type OutputCell } from '@ungcu/core/export';
import { NOMINEE_TEMPLATE_COLUMNS, formatDate, isDateCell, layoutById } from '../src/index';
import { ELECTION_2021, importFiles, realListFiles } from './real-list-2021';

const COUNCIL = 'Là đại biểu HĐND';

/** The cells of one layout as a CSV file would hold them. */
function written(data: Dataset, layout: LayoutId): string[][] {
  const table = layoutById(layout).encode(data);
  const text = (cell: OutputCell): string =>
    cell === undefined ? '' : isDateCell(cell) ? formatDate(cell.date) : String(cell);
  return [[...table.headers], ...[...table.rows].map((r) => r.map(text))];
}

describe('sourceText on the real 2021 list', () => {
  const files = realListFiles();
  const result = importFiles(files, { election: ELECTION_2021 });

  it('keeps the whole council cell of exactly the 7 nominees whose cell has a part that does not read (9 parts)', () => {
    expect(result.errors).toEqual([]);
    expect(result.data.nominees).toHaveLength(868);
    // The cells as the files hold them, found independently of the importer: by file and row.
    const cellAt = new Map<string, string>();
    for (const f of files) {
      const column = f.rows[0]!.indexOf(COUNCIL);
      f.rows.forEach((cells, i) => cellAt.set(`${f.name}:${i + 1}`, cells[column]!));
    }
    // Nine segments do not read, in the cells of seven candidates (two cells hold two such segments each).
    const unparsed = result.warnings.filter((w) => w.code === 'unparsed-incumbency');
    expect(unparsed).toHaveLength(9);
    const warned = new Set(unparsed.map((w) => `${w.file}:${w.row}`));
    expect(warned.size).toBe(7);
    const expected = [...warned].map((place) => cellAt.get(place)!.normalize('NFC').trim()).sort();
    const kept = result.data.nominees.filter((n) => n.sourceText !== undefined);
    expect(kept.map((n) => n.sourceText)).toEqual(kept.map((n) => ({ [COUNCIL]: n.sourceText![COUNCIL] })));
    expect(kept.map((n) => n.sourceText![COUNCIL]).sort()).toEqual(expected);
    expect(kept).toHaveLength(7);
    const thaiBinh = kept.find((n) => n.sourceText![COUNCIL]!.startsWith('Tỉnh Thái Bình từ khóa XIII'));
    expect(thaiBinh?.sourceText).toEqual({
      [COUNCIL]: 'Tỉnh Thái Bình từ khóa XIII đến XVI; Huyện Vũ Thư (tỉnh Thái Bình) khóa XVII',
    });
    // The model accepts what the importer built.
    for (const n of kept) expect(Nominee.parse(n)).toEqual(n);
  });

  it('writes the kept cell back, so the list reads back the same in both layouts', () => {
    for (const layout of ['official-list', 'nominee-template'] as const) {
      const back = importFiles([{ name: `2021.${layout}.csv`, rows: written(result.data, layout) }], { election: ELECTION_2021 });
      expect(back.errors, layout).toEqual([]);
      expect(back.data, layout).toEqual(result.data);
      expect(back.warnings.filter((w) => w.code === 'unparsed-incumbency'), layout).toHaveLength(
        result.warnings.filter((w) => w.code === 'unparsed-incumbency').length,
      );
    }
  });

  it('writes the terms instead once they were edited, since the kept cell would contradict them', () => {
    const nominee = result.data.nominees.find((n) => n.sourceText !== undefined)!;
    const edited = {
      ...result.data,
      nominees: [
        {
          ...nominee,
          person: { ...nominee.person, incumbencies: [{ bodyKind: 'provincial-council' as const, term: '2016-2021', unitName: 'Tỉnh Thái Bình' }] },
        },
      ],
    };
    const rows = written(edited, 'nominee-template');
    const column = NOMINEE_TEMPLATE_COLUMNS.findIndex((c) => c.header === COUNCIL);
    expect(rows[1]![column]).toBe('Tỉnh Thái Bình nhiệm kỳ 2016-2021');
  });

  it('adds no sourceText when every part of the cell reads', () => {
    const plain = result.data.nominees.filter((n) => n.sourceText === undefined);
    expect(plain).toHaveLength(868 - 7);
    expect(plain.every((n) => !('sourceText' in n))).toBe(true);
  });
});

describe('sourceText in the nominee template', () => {
  it('keeps a council term that does not read as a warning with the cell kept, not a dropped row', () => {
    const values: Record<string, string> = {
      'Cơ quan được bầu': 'Quốc hội',
      'Khóa, nhiệm kỳ': 'XV',
      'Tỉnh, thành phố': 'Tỉnh Thái Bình',
      'Đơn vị bầu cử số': '1',
      'Số đại biểu được bầu': '3',
      'Họ và tên': 'Nguyễn Văn A',
      'Ngày sinh': '01/02/1970',
      'Giới tính': 'Nam',
      'Dân tộc': 'Kinh',
      'Là đại biểu HĐND': 'Tỉnh Thái Bình nhiệm kỳ 2011-2016; Huyện Vũ Thư (tỉnh Thái Bình) khóa XVII',
      'Nguồn giới thiệu': 'Địa phương',
      'Giai đoạn': 'Danh sách chính thức',
    };
    const headers = NOMINEE_TEMPLATE_COLUMNS.map((c) => c.header);
    const { data, errors, warnings } = importFiles(
      [{ name: 'template.csv', rows: [headers, headers.map((h) => values[h] ?? '')] }],
      { election: ELECTION_2021 },
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'unparsed-incumbency', row: 2, value: 'Huyện Vũ Thư (tỉnh Thái Bình) khóa XVII' }),
    ]);
    expect(data.nominees).toHaveLength(1);
    expect(data.nominees[0]!.person.incumbencies).toEqual([
      { bodyKind: 'provincial-council', term: '2011-2016', unitName: 'Tỉnh Thái Bình' },
    ]);
    expect(data.nominees[0]!.sourceText).toEqual({ [COUNCIL]: values[COUNCIL] });
  });
});
