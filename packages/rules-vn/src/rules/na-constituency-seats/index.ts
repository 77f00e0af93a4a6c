import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, law } from '../../sources';
import { checkMaxSeats, maxSeatsFixes, maxSeatsMessages } from '../constituency-seats';

/** Điều 10 khoản 4: a National Assembly constituency elects no more than three deputies. */
export const naConstituencySeats = defineRule({
  id: 'vn/na-constituency-seats',
  title: { vi: 'Số đại biểu Quốc hội của mỗi đơn vị bầu cử', en: 'Seats per National Assembly constituency' },
  description: {
    vi: 'Mỗi đơn vị bầu cử đại biểu Quốc hội được bầu không quá ba đại biểu.',
    en: 'Each National Assembly constituency elects no more than three deputies.',
  },
  severity: 'error',
  scope: 'constituency',
  bodyKinds: ['national-assembly'],
  sources: [law('10', '4')],
  legalText: {
    vi: '“Mỗi đơn vị bầu cử đại biểu Quốc hội được bầu không quá ba đại biểu.”',
    en: '“Each constituency for the National Assembly elects no more than three deputies.”',
  },
  notes: [
    {
      vi: 'Luật không quy định số tối thiểu; trên thực tế mỗi đơn vị có 2 hoặc 3 đại biểu.',
      en: 'The law sets no minimum; in practice each constituency elects 2 or 3.',
    },
  ],
  options: z.object({ maxSeats: z.int().positive().default(3) }).strict(),
  messages: maxSeatsMessages,
  fixes: maxSeatsFixes,
  docsUrl: docsUrl('vn/na-constituency-seats'),
  check: checkMaxSeats,
});
