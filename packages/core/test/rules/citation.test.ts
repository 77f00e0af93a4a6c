import { describe, expect, it } from 'vitest';
import type { LegalReference } from '../../src/model/primitives';
import { formatCitation, formatReport } from '../../src/rules/format';
import type { Report } from '../../src/rules/types';

const LAW = 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13';
const law = (article: string, clause?: string, point?: string): LegalReference => ({
  kind: 'law',
  document: LAW,
  article,
  ...(clause === undefined ? {} : { clause }),
  ...(point === undefined ? {} : { point }),
});
const NQ = 'Nghị quyết 1185/NQ-UBTVQH14';

describe('formatCitation', () => {
  it('cites clauses of one article once, smallest unit first, and names the law once', () => {
    // The calendar's milestone for constituencies cites Art. 10(2) and 10(3).
    expect(formatCitation([law('10', '2'), law('10', '3')], 'vi')).toBe(`khoản 2, 3 Điều 10 ${LAW}`);
    expect(formatCitation([law('10', '2'), law('10', '3')], 'en')).toBe(`clauses 2, 3 of Art. 10 of ${LAW}`);
    expect(formatCitation([law('35', '1')], 'en')).toBe(`clause 1 of Art. 35 of ${LAW}`);
  });
  it('writes points before their clause, clauses before their article, and several articles in one list', () => {
    const sources = [law('23', '1', 'g'), law('23', '2', 'h'), law('57', '1'), law('57', '2'), law('58', '1')];
    expect(formatCitation(sources, 'vi')).toBe(`điểm g khoản 1, điểm h khoản 2 Điều 23, khoản 1, 2 Điều 57, khoản 1 Điều 58 ${LAW}`);
    expect(formatCitation([law('23', '1', 'a'), law('23', '1', 'b'), law('23', '3')], 'en')).toBe(
      `points a, b of clause 1, clause 3 of Art. 23 of ${LAW}`,
    );
  });
  it('groups whole articles, cites a repeated or covered reference once, and names each document once', () => {
    expect(formatCitation([law('7'), law('8'), law('9')], 'vi')).toBe(`Điều 7, 8, 9 ${LAW}`);
    expect(formatCitation([law('7'), law('8')], 'en')).toBe(`Arts. 7, 8 of ${LAW}`);
    expect(formatCitation([law('5'), law('5')], 'vi')).toBe(`Điều 5 ${LAW}`);
    expect(formatCitation([law('10', '2'), law('10'), law('11')], 'vi')).toBe(`Điều 10, 11 ${LAW}`);
    expect(formatCitation([law('8', '3'), { document: NQ }, law('9')], 'vi')).toBe(`khoản 3 Điều 8, Điều 9 ${LAW}; ${NQ}`);
    expect(formatCitation([], 'vi')).toBe('');
  });
});

describe('formatReport', () => {
  it('cites a finding’s sources with formatCitation', () => {
    const sources = [law('57', '4'), law('58', '2')];
    const report = {
      locale: 'vi',
      packs: ['vn-2021'],
      summary: { errors: 1, warnings: 0, infos: 0 },
      composition: [],
      findings: [{ ruleId: 'vn/declared-candidates', severity: 'error', message: 'Thiếu người ứng cử', sources }],
    } as unknown as Report;
    expect(formatReport(report, 'vi')).toContain(`  Căn cứ: ${formatCitation(sources, 'vi')}\n`);
    expect(formatReport(report, 'vi')).toContain(`  Căn cứ: khoản 4 Điều 57, khoản 2 Điều 58 ${LAW}\n`);
    expect(formatReport(report, 'en')).toContain(`  Source: clause 4 of Art. 57, clause 2 of Art. 58 of ${LAW}\n`);
  });
});
