/**
 * The legal documents the Vietnamese rules cite, written once. Article numbers are those of Law
 * 85/2015/QH13; the 2025 amendment (Law 83/2025/QH15) kept the numbering, so vn-2026 cites the same articles
 * of the amended text (see amendedSources).
 */
import type { LegalReference } from '@ungcu/core';

export const LAW_85 = 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13';
export const LAW_85_AMENDED = `${LAW_85}, sửa đổi, bổ sung bởi Luật số 83/2025/QH15`;
export const LAW_83_URL =
  'http://www.hethongphapluat.com/luat-bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan-sua-doi-2025.html';

/** An article of the election law (2015 text). */
export function law(article: string, clause?: string, point?: string): LegalReference {
  return {
    kind: 'law',
    document: LAW_85,
    article,
    ...(clause === undefined ? {} : { clause }),
    ...(point === undefined ? {} : { point }),
  };
}

/** An article of the 2013 Constitution. */
export function constitution(article: string, clause?: string): LegalReference {
  return {
    kind: 'constitution',
    document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013',
    article,
    ...(clause === undefined ? {} : { clause }),
  };
}

export const NQ_1185: LegalReference = {
  kind: 'resolution',
  document: 'Nghị quyết 1185/NQ-UBTVQH14 ngày 11/01/2021 (dự kiến cơ cấu, thành phần, phân bổ đại biểu Quốc hội khóa XV)',
};
export const NQ_1187: LegalReference = {
  kind: 'resolution',
  document: 'Nghị quyết 1187/NQ-UBTVQH14 ngày 11/01/2021 (cơ cấu, thành phần đại biểu HĐND nhiệm kỳ 2021-2026)',
};
export const NQ_1891: LegalReference = {
  kind: 'resolution',
  document: 'Nghị quyết 1891/NQ-UBTVQH15 (dự kiến cơ cấu, thành phần, phân bổ đại biểu Quốc hội khóa XVI)',
};
export const NQ_107: LegalReference = {
  kind: 'resolution',
  document: 'Nghị quyết 107/2025/UBTVQH15 ngày 16/10/2025 (cơ cấu, thành phần đại biểu HĐND nhiệm kỳ 2026-2031)',
};
export const HD_36_2021: LegalReference = {
  kind: 'party-guidance',
  document: 'Hướng dẫn 36-HD/BTCTW ngày 20/01/2021 của Ban Tổ chức Trung ương',
};

/** The same citations read against the amended law, for vn-2026. */
export function amendedSources(sources: readonly LegalReference[]): LegalReference[] {
  return sources.map((s) => (s.document === LAW_85 ? { ...s, document: LAW_85_AMENDED, url: LAW_83_URL } : s));
}

/** Resolutions of the 2021 election replaced by their 2026 counterparts. */
export function sources2026(sources: readonly LegalReference[]): LegalReference[] {
  // The 2026 resolutions are not numbered like the 2021 ones: the article, clause and point are dropped.
  return amendedSources(sources).map((s) =>
    s.document === NQ_1185.document ? NQ_1891 : s.document === NQ_1187.document ? NQ_107 : s,
  );
}

export const COUNCIL_KINDS = ['provincial-council', 'district-council', 'commune-council'] as const;

export const DOCS_BASE_URL = 'https://github.com/ungcu/ungcu/blob/main/docs/rules';

/** The docs page of a rule: `vn/na-women-share` → docs/rules/vn-na-women-share.md. */
export function ruleDocsFile(id: string): string {
  return `${id.replace('/', '-')}.md`;
}

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}/${ruleDocsFile(id)}`;
}
