/**
 * The official list document of the real 2021 list: one section per constituency, every candidate once, in the
 * published order (core's name order reproduces it in 183 of the 184 constituencies: see the Thái Bình no. 3
 * note in packages/core/src/text/collate.real-data.test.ts), the published headers and area texts.
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_LIST_COLUMNS } from '@ungcu/tabular';
import { officialListDocument, type Section, type TableBlock, type TitleBlock } from '../src/index';
import { publishedFiles, publishedRows, realList } from './real-list';

const table = (s: Section) => s.blocks.find((b): b is TableBlock => b.kind === 'table')!;
const title = (s: Section) => s.blocks.find((b): b is TitleBlock => b.kind === 'title')!;
const published = publishedRows();

/** The published rows of each constituency, in STT order, keyed as "Thành phố Hà Nội #1". */
function publishedLists(): Map<string, string[]> {
  const lists = new Map<string, { stt: number; name: string }[]>();
  for (const r of published) lists.set(r.constituency, [...(lists.get(r.constituency) ?? []), r]);
  return new Map([...lists].map(([k, rows]) => [k, [...rows].sort((a, b) => a.stt - b.stt).map((r) => r.name)]));
}

describe('officialListDocument on the real 2021 list', () => {
  const data = realList();
  const doc = officialListDocument(data);
  const sections = [...doc.sections];
  const keyOf = (s: Section) => {
    const m = /^(.*), đơn vị bầu cử số (\d+)$/u.exec(s.label);
    return `${m?.[1]} #${m?.[2]}`;
  };

  it('has 184 sections, known before they are built', () => {
    expect(doc.sectionCount).toBe(184);
    expect(sections).toHaveLength(184);
    expect(doc.orientation).toBe('landscape');
    expect(doc.sectionUnit).toEqual({ vi: 'đơn vị bầu cử', en: 'constituencies' });
  });

  it('lists every one of the 868 candidates exactly once', () => {
    const printed = sections.flatMap((s) => table(s).rows.map((r) => `${r.cells[1]}|${r.cells[2]}`));
    expect(printed).toHaveLength(868);
    expect(new Set(printed).size).toBe(868);
    const dmy = (d: string) => d.split('/').map((p) => p.padStart(2, '0')).join('/');
    expect([...printed].sort()).toEqual(published.map((r) => `${r.name}|${dmy(r.dateOfBirth)}`).sort());
  });

  it('prints the constituencies in the order of the published files', () => {
    const order = [...new Set(published.map((r) => r.constituency))];
    expect(order).toHaveLength(184);
    expect(sections.map(keyOf)).toEqual(order);
  });

  it('prints names in the published order in 183 constituencies; Thái Bình no. 3 is the one exception', () => {
    const lists = publishedLists();
    const differing = sections.filter((s) => table(s).rows.map((r) => r.cells[1]).join('|') !== lists.get(keyOf(s))!.join('|'));
    // The list puts Thân (4) before Thắng (5), against the alphabet (ă before â) it follows everywhere else.
    expect(differing.map(keyOf)).toEqual(['Thái Bình #3']);
    const rows = table(differing[0]!).rows;
    expect(rows.map((r) => r.cells[1])).toEqual([
      'Bùi Phương Chi',
      'Ngô Đông Hải',
      'Lại Văn Hoàn',
      'Phạm Thị Thắng (Phạm Thị Thùy)',
      'Nguyễn Văn Thân',
    ]);
    // STT is the row's position in the printed (alphabetical) order, not the published 5 before 4.
    expect(rows.map((r) => r.cells[0])).toEqual(['1', '2', '3', '4', '5']);
    for (const s of sections) {
      expect(table(s).rows.map((r) => r.cells[0])).toEqual(table(s).rows.map((_, i) => String(i + 1)));
    }
  });

  it('prints the headers of the published files from STT on, and the layout headerEn in English', () => {
    const header = publishedFiles()[0]!.rows[0]!;
    const fromStt = header.slice(header.indexOf('STT'));
    expect(table(sections[0]!).columns.map((c) => c.header)).toEqual(fromStt);
    const en = officialListDocument(data, { locale: 'en' });
    const first = en.sections[Symbol.iterator]().next().value as Section;
    const columns = OFFICIAL_LIST_COLUMNS.slice(OFFICIAL_LIST_COLUMNS.findIndex((c) => c.key === 'listNumber'));
    expect(table(first).columns.map((c) => c.header)).toEqual(columns.map((c) => c.headerEn));
    expect(table(first).columns[1]!.header).toBe('Full name');
    expect(first.label).toBe('Thành phố Hà Nội, constituency no. 1');
    expect(title(first).lines).toContain('Deputies to the National Assembly to elect: 3. Candidates: 5.');
    expect(title(first).lines[0]).toBe('OFFICIAL LIST OF CANDIDATES FOR DEPUTIES TO THE NATIONAL ASSEMBLY, TERM XV');
    expect(new Set(table(first).rows.map((r) => r.cells[3]))).toEqual(new Set(['Male', 'Female']));
    expect(new Set(table(sections[0]!).rows.map((r) => r.cells[3]))).toEqual(new Set(['Nam', 'Nữ']));
  });

  it('titles each section with the election, the province and number, the area, seats and candidates as published', () => {
    const descriptions = new Map<string, string>();
    for (const { rows } of publishedFiles()) {
      const [header, ...body] = rows;
      const [p, u, d] = ['province_or_city', 'unit_number', 'unit_description'].map((h) => header!.indexOf(h));
      for (const r of body.filter((x) => x.length > 1)) descriptions.set(`${r[p!]!.normalize('NFC')} #${r[u!]}`, r[d!]!.normalize('NFC'));
    }
    for (const s of sections) {
      const lines = title(s).lines;
      expect(lines[0]).toBe('DANH SÁCH CHÍNH THỨC NHỮNG NGƯỜI ỨNG CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV');
      expect(lines[1]).toBe('Bầu cử đại biểu Quốc hội khóa XV, ngày bầu cử 23/05/2021');
      const [province, number] = keyOf(s).split(' #');
      expect(lines[2]).toBe(`${province} - Đơn vị bầu cử số ${number}`);
      // The area and the seats line together are the published unit_description (its candidates count agrees);
      // the published text sometimes has no space after a full stop.
      expect(`${lines[3]}${lines[4]}`.replace(/\s+/gu, '')).toBe(descriptions.get(keyOf(s))!.replace(/\s+/gu, ''));
      expect(lines[4]).toMatch(new RegExp(`Số người ứng cử: ${table(s).rows.length} người\\.$`, 'u'));
    }
  });

  it('prints the heading on every section: the National Election Council by default, blanks where nothing is given', () => {
    const blank = sections[0]!.heading!;
    expect(blank.issuer).toBe('HỘI ĐỒNG BẦU CỬ QUỐC GIA');
    expect(blank.dateLine).toBe('…, ngày … tháng … năm …');
    expect(sections.every((s) => s.heading === blank)).toBe(true);
    const sign = sections[0]!.blocks.at(-1);
    expect(sign).toEqual({ kind: 'signature', authority: 'TM. HỘI ĐỒNG BẦU CỬ QUỐC GIA', title: 'CHỦ TỊCH' });
    const filled = officialListDocument(data, {
      heading: { number: '12', symbol: 'NQ-HĐBCQG', place: 'Hà Nội', date: '2021-04-27', signer: { name: 'Vương Đình Huệ' }, recipients: ['Như Điều 2'] },
    });
    const s = filled.sections[Symbol.iterator]().next().value as Section;
    expect(s.heading).toMatchObject({ numberLine: 'Số: 12/NQ-HĐBCQG', dateLine: 'Hà Nội, ngày 27 tháng 4 năm 2021' });
    expect(s.blocks.at(-1)).toEqual({
      kind: 'signature',
      authority: 'TM. HỘI ĐỒNG BẦU CỬ QUỐC GIA',
      title: 'CHỦ TỊCH',
      name: 'Vương Đình Huệ',
      recipients: ['Như Điều 2'],
    });
    const other = officialListDocument(data, { heading: { issuer: 'Ủy ban bầu cử thành phố Hà Nội' } });
    const o = other.sections[Symbol.iterator]().next().value as Section;
    expect(o.heading?.issuer).toBe('ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI');
    expect(o.blocks.at(-1)).toEqual({ kind: 'signature' });
  });

  it('writes the cells as the published list does: dates day first, text as written', () => {
    const byName = new Map(published.map((r) => [`${r.constituency}|${r.name}`, r]));
    for (const s of sections) {
      for (const r of table(s).rows) {
        const p = byName.get(`${keyOf(s)}|${r.cells[1]}`)!;
        expect(r.cells[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u);
        expect(r.cells[2]!.split('/').map(Number)).toEqual(p.dateOfBirth.split('/').map(Number));
        for (const cell of r.cells) expect(cell).toBe(cell.normalize('NFC'));
      }
    }
  });

  it('leaves out nominations that are not active, and other stages', () => {
    const first = data.nominees[0]!;
    const changed = {
      ...data,
      nominees: data.nominees.map((n) =>
        n === first ? { ...n, nomination: { ...n.nomination, status: 'withdrawn' as const } } : n,
      ),
    };
    const rows = [...officialListDocument(changed).sections].flatMap((s) => table(s).rows);
    expect(rows).toHaveLength(867);
    expect(rows.some((r) => r.cells[1] === first.person.fullName)).toBe(false);
    expect([...officialListDocument(data, { stage: 'preliminary' }).sections].flatMap((s) => table(s).rows)).toHaveLength(0);
  });
});
