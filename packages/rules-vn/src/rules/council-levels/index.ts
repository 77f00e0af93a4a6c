import type { BodyKind } from '@ungcu/core';
import { defineRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/**
 * Điều 36 khoản 3: a person stands for councils at two levels at most in one term; someone standing for the
 * National Assembly may stand for one council level only.
 */
/** Province before district before commune, as officials list the levels. */
const LEVEL_ORDER: readonly BodyKind[] = ['national-assembly', 'provincial-council', 'district-council', 'commune-council'];
const byLevel = (a: BodyKind, b: BodyKind) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b);

export const councilLevels = defineRule({
  id: 'vn/council-levels',
  title: { vi: 'Số cấp Hội đồng nhân dân được ứng cử', en: 'Council levels one person may stand for' },
  description: {
    vi: 'Một người ứng cử đại biểu HĐND tối đa ở hai cấp; nếu ứng cử đại biểu Quốc hội thì chỉ được ứng cử đại biểu HĐND ở một cấp.',
    en: 'A person stands for councils at two levels at most; someone standing for the National Assembly may stand for one council level only.',
  },
  severity: 'error',
  scope: 'nominee',
  sources: [law('36', '3')],
  legalText: {
    vi: '“Công dân được nộp hồ sơ ứng cử làm đại biểu Hội đồng nhân dân tối đa ở hai cấp trong cùng một nhiệm kỳ; nếu nộp hồ sơ ứng cử đại biểu Quốc hội thì chỉ được nộp hồ sơ ứng cử làm đại biểu Hội đồng nhân dân ở một cấp.”',
    en: '“A citizen may file to stand for People’s Councils at two levels at most in the same term; one who files to stand for the National Assembly may file to stand for a People’s Council at one level only.”',
  },
  notes: [
    {
      vi: 'Chỉ xét các hồ sơ ứng cử của cùng một người trong cùng một cuộc bầu cử. Từ ngày 01/07/2025 chỉ còn hai cấp (tỉnh, xã).',
      en: 'Only nominations of the same person in the same election count. Since 1 July 2025 there are two levels (province, commune).',
    },
  ],
  messages: {
    tooManyLevels: {
      vi: '{name} ứng cử đại biểu HĐND ở {levels} cấp ({kinds:bodyKind}), tối đa {maxLevels} cấp',
      en: '{name} stands for councils at {levels:plural:# level|# levels} ({kinds:bodyKind}); at most {maxLevels}',
    },
    naAndTwoLevels: {
      vi: '{name} ứng cử đại biểu Quốc hội và đại biểu HĐND ở {levels} cấp ({kinds:bodyKind}); người ứng cử đại biểu Quốc hội chỉ được ứng cử đại biểu HĐND ở một cấp',
      en: '{name} stands for the National Assembly and for councils at {levels:plural:# level|# levels} ({kinds:bodyKind}); a National Assembly candidate may stand for one council level only',
    },
  },
  docsUrl: docsUrl('vn/council-levels'),
  check(n, ctx) {
    // One nomination is one level: the check runs for each of 500,000 nominees, so leave early.
    if (ctx.countNominationsOf(n) < 2) return;
    const nominations = ctx.nominationsOf(n);
    const body = ctx.body(n.nomination.bodyId);
    if (body === undefined) return;
    const kinds = new Set<BodyKind>();
    for (const other of nominations) {
      const otherBody = ctx.body(other.nomination.bodyId);
      if (otherBody !== undefined && otherBody.electionId === body.electionId) kinds.add(otherBody.kind);
    }
    const standsForNa = kinds.delete('national-assembly');
    const levels = kinds.size;
    const name = n.person.fullName;
    const data = { name, levels, kinds: [...kinds].sort(byLevel).join(','), actual: levels };
    if (standsForNa && levels > 1) {
      ctx.report({ messageId: 'naAndTwoLevels', target: { kind: 'nominee', id: n.id, name }, data: { ...data, required: 1 } });
    } else if (levels > 2) {
      ctx.report({
        messageId: 'tooManyLevels',
        target: { kind: 'nominee', id: n.id, name },
        data: { ...data, maxLevels: 2, required: 2 },
      });
    }
  },
});
