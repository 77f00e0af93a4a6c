import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { COUNCIL_KINDS, docsUrl, law } from '../../sources';
import { checkMaxSeats, maxSeatsFixes, maxSeatsMessages } from '../constituency-seats';

/** Điều 10 khoản 4: a People's Council constituency elects no more than five deputies. */
export const councilConstituencySeats = defineRule({
  id: 'vn/council-constituency-seats',
  title: { vi: 'Số đại biểu HĐND của mỗi đơn vị bầu cử', en: "Seats per People's Council constituency" },
  description: {
    vi: 'Mỗi đơn vị bầu cử đại biểu Hội đồng nhân dân được bầu không quá năm đại biểu.',
    en: "Each People's Council constituency elects no more than five deputies.",
  },
  severity: 'error',
  scope: 'constituency',
  bodyKinds: COUNCIL_KINDS,
  sources: [law('10', '4')],
  legalText: {
    vi: '“Mỗi đơn vị bầu cử đại biểu Hội đồng nhân dân được bầu không quá năm đại biểu.”',
    en: '“Each constituency for a People’s Council elects no more than five deputies.”',
  },
  options: z.object({ maxSeats: z.int().positive().default(5) }).strict(),
  messages: maxSeatsMessages,
  fixes: maxSeatsFixes,
  docsUrl: docsUrl('vn/council-constituency-seats'),
  check: checkMaxSeats,
});
