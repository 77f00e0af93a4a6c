/**
 * narrativeDocument(): a report in prose with tables as one Decree 30 section. Built here from the words and
 * cells of a quarterly review (the 2021 figures the sector reported), as @ungcu/workflow's tables give them.
 */
import { describe, expect, it } from 'vitest';
import { narrativeDocument, type Block, type TableBlock } from '../src/index';

const SENTENCE =
  'Trong quý I/2021, thẩm định 179 lượt nhân sự diện Trung ương quản lý trình Bộ Chính trị, Ban Bí thư quyết định phân công, luân chuyển, chỉ định, bổ nhiệm, giới thiệu ứng cử.';
const VETTING = {
  name: 'Thẩm định nhân sự',
  header: ['Mục đích', 'Diện Trung ương', 'Diện địa phương', 'Cộng'],
  rows: [
    ['Bổ nhiệm', 62, 20, 82],
    ['Cộng', 179, 1076, 1255],
  ],
};

const blocksOf = (model: ReturnType<typeof narrativeDocument>): Block[] => [...model.sections].flatMap((s) => [...s.blocks]);

describe('narrativeDocument', () => {
  it('prints the heading, the title in capitals, each paragraph, a titled table per part and the signature, in that order', () => {
    const model = narrativeDocument({
      locale: 'vi',
      title: 'Báo cáo công tác quý I/2021',
      paragraphs: [SENTENCE, 'Trình Ban Chấp hành Trung ương 2/2 đề án theo Chương trình công tác của quý.'],
      tables: [VETTING],
      heading: { issuer: 'Ban Tổ chức Trung ương', place: 'Hà Nội', date: '2021-04-05' },
    });
    const [section, ...more] = [...model.sections];
    expect(more).toEqual([]);
    expect(section!.heading?.issuer).toBe('BAN TỔ CHỨC TRUNG ƯƠNG');
    expect(section!.heading?.dateLine).toBe('Hà Nội, ngày 05 tháng 4 năm 2021');
    const blocks = blocksOf(model);
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph', 'heading', 'heading', 'table', 'signature']);
    expect(blocks[0]).toEqual({ kind: 'title', lines: ['BÁO CÁO CÔNG TÁC QUÝ I/2021'] });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', text: SENTENCE });
    expect(blocks[4]).toMatchObject({ kind: 'heading', level: 2, text: 'Thẩm định nhân sự' });
    expect(model.sectionCount).toBe(1);
    expect(model.orientation).toBe('portrait');
  });

  it('writes numbers as the locale does and puts number columns on the right, the label on the left', () => {
    for (const [locale, thousand] of [['vi', '1.076'], ['en', '1,076']] as const) {
      const table = blocksOf(narrativeDocument({ locale, title: 'Report', paragraphs: [], tables: [VETTING] })).find(
        (b): b is TableBlock => b.kind === 'table',
      )!;
      expect(table.columns.map((c) => c.align)).toEqual(['left', 'right', 'right', 'right']);
      expect(table.rows.map((r) => r.cells)).toEqual([
        ['Bổ nhiệm', '62', '20', '82'],
        ['Cộng', '179', thousand, locale === 'vi' ? '1.255' : '1,255'],
      ]);
      // The label column takes at least a third of the share, so long labels wrap less than the counts.
      const sum = table.columns.reduce((n, c) => n + c.width, 0);
      expect(table.columns[0]!.width / sum).toBeGreaterThanOrEqual(0.25);
    }
  });

  it('gives every text as NFC, and leaves the figures part out when there is no table', () => {
    const nfd = SENTENCE.normalize('NFD');
    const blocks = blocksOf(narrativeDocument({ locale: 'vi', title: 'Báo cáo'.normalize('NFD'), paragraphs: [nfd] }));
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'signature']);
    expect(blocks[1]).toMatchObject({ text: SENTENCE });
    expect(blocks[0]).toEqual({ kind: 'title', lines: ['BÁO CÁO'] });
  });
});
