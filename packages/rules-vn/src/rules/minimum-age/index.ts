import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, law } from '../../sources';

/** Điều 2: a citizen aged 21 or more on election day may stand. */
export const minimumAge = defineRule({
  id: 'vn/minimum-age',
  title: { vi: 'Tuổi ứng cử', en: 'Minimum age to stand' },
  description: {
    vi: 'Người ứng cử phải đủ hai mươi mốt tuổi trở lên tính đến ngày bầu cử.',
    en: 'A candidate is at least twenty-one years old on election day.',
  },
  severity: 'error',
  scope: 'nominee',
  sources: [law('2')],
  legalText: {
    vi: '“Tính đến ngày bầu cử được công bố, công dân nước Cộng hòa xã hội chủ nghĩa Việt Nam đủ mười tám tuổi trở lên có quyền bầu cử và đủ hai mươi mốt tuổi trở lên có quyền ứng cử vào Quốc hội, Hội đồng nhân dân các cấp theo quy định của Luật này.”',
    en: '“As of the announced election day, citizens of the Socialist Republic of Viet Nam aged eighteen or more have the right to vote, and those aged twenty-one or more have the right to stand for the National Assembly and People’s Councils at all levels, as this Law provides.”',
  },
  notes: [
    {
      vi: 'Tuổi luôn tính vào ngày bầu cử, kể cả khi validate() nhận asOf (asOf chỉ dùng để đếm người trẻ tuổi).',
      en: 'Age is always taken on election day, even when validate() gets asOf (asOf only affects counting young people).',
    },
  ],
  options: z.object({ minAge: z.int().positive().default(21) }).strict(),
  messages: {
    tooYoung: {
      vi: '{name}: {age} tuổi vào ngày bầu cử {electionDay}, chưa đủ {minAge} tuổi',
      en: '{name}: aged {age} on election day {electionDay}, under {minAge}',
    },
  },
  docsUrl: docsUrl('vn/minimum-age'),
  check(n, ctx) {
    const age = ctx.ageOnElectionDay(n);
    if (age === undefined || age >= ctx.options.minAge) return;
    const body = ctx.body(n.nomination.bodyId);
    const electionDay = body === undefined ? '' : (ctx.election(body.electionId)?.electionDay ?? '');
    const name = n.person.fullName;
    ctx.report({
      messageId: 'tooYoung',
      target: { kind: 'nominee', id: n.id, name },
      data: { name, age, electionDay, minAge: ctx.options.minAge, actual: age, required: ctx.options.minAge },
    });
  },
});
