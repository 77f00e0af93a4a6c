/**
 * A small pack for the engine's own tests: one quota rule per scope kind and a few check rules, with the
 * real numbers of the law (35% women of the NA list, at most 3 seats, candidates ≥ seats + 2).
 */
import { z } from 'zod';
import { defineRule, defineRulePack, quotaRule } from '../../src/rules/index';

const law = { kind: 'law' as const, document: 'Luật 85/2015/QH13' };

export const womenShare = quotaRule({
  id: 'test/women-share',
  title: { vi: 'Tỷ lệ nữ', en: 'Share of women' },
  description: { vi: 'Ít nhất 35% nữ', en: 'At least 35% women' },
  severity: 'error',
  scope: 'body',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.35 },
  bodyKinds: ['national-assembly'],
  stages: ['official'],
  sources: [{ ...law, article: '8', clause: '3' }],
});

export const constituencyWomen = quotaRule({
  id: 'test/constituency-women',
  title: { vi: 'Nữ trong đơn vị', en: 'Women per constituency' },
  description: { vi: 'Thông tin', en: 'Information' },
  severity: 'info',
  scope: 'constituency',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { count: 1 },
  sources: [],
  enabledByDefault: false,
});

export const maxSeats = defineRule({
  id: 'test/max-seats',
  title: { vi: 'Tối đa số đại biểu', en: 'Seat cap' },
  description: { vi: 'Không quá 3', en: 'At most 3' },
  severity: 'error',
  scope: 'constituency',
  sources: [{ ...law, article: '10', clause: '4' }],
  options: z.object({ maxSeats: z.int().positive().default(3) }),
  messages: {
    tooMany: { vi: '{name}: {seats} đại biểu, tối đa {maxSeats}', en: '{name}: {seats} seats, at most {maxSeats}' },
  },
  check(c, ctx) {
    if (c.seats > ctx.options.maxSeats) {
      ctx.report({
        messageId: 'tooMany',
        target: { kind: 'constituency', id: c.id },
        data: { name: ctx.nameOf('constituency', c.id) ?? c.id, seats: c.seats, maxSeats: ctx.options.maxSeats },
      });
    }
  },
});

export const surplus = defineRule({
  id: 'test/surplus',
  title: { vi: 'Số dư', en: 'Surplus' },
  description: { vi: 'Nhiều hơn ít nhất 2', en: 'At least 2 more' },
  severity: 'error',
  scope: 'constituency',
  sources: [{ ...law, article: '57', clause: '6' }],
  messages: {
    short: { vi: '{candidates} người cho {seats} ghế', en: '{candidates} candidates for {seats} seats' },
  },
  check(c, ctx) {
    const candidates = ctx.nomineesIn(c.id).length;
    if (candidates < c.seats + 2) {
      ctx.report({ messageId: 'short', target: { kind: 'constituency', id: c.id }, data: { candidates, seats: c.seats } });
    }
  },
});

export const oneConstituency = defineRule({
  id: 'test/one-constituency',
  title: { vi: 'Một đơn vị', en: 'One constituency' },
  description: { vi: 'Một người một đơn vị', en: 'One person, one constituency' },
  severity: 'error',
  scope: 'nominee',
  bodyKinds: ['national-assembly'],
  sources: [{ ...law, article: '57', clause: '5' }],
  messages: { twice: { vi: '{name} ở {count} đơn vị: {places}', en: '{name} in {count} constituencies: {places}' } },
  check(n, ctx) {
    const places = new Set(
      ctx
        .nominationsOf(n)
        .filter((o) => ctx.bodyKindOf(o) === 'national-assembly')
        .map((o) => o.nomination.constituencyId),
    );
    if (places.size > 1) {
      ctx.report({
        messageId: 'twice',
        target: { kind: 'nominee', id: n.id, name: n.person.fullName },
        // Names the other constituencies too, so a renamed constituency changes findings of other targets.
        data: {
          name: n.person.fullName,
          count: places.size,
          places: [...places].sort().map((id) => ctx.nameOf('constituency', id ?? '') ?? '').join('; '),
        },
      });
    }
  },
});

export const minimumAge = defineRule({
  id: 'test/minimum-age',
  title: { vi: 'Tuổi', en: 'Age' },
  description: { vi: 'Đủ 21 tuổi', en: 'Aged 21' },
  severity: 'error',
  scope: 'nominee',
  sources: [{ ...law, article: '2' }],
  messages: { young: { vi: '{name}: {age} tuổi', en: '{name}: aged {age}' } },
  check(n, ctx) {
    const age = ctx.ageOf(n);
    if (age !== undefined && age < 21) {
      ctx.report({ messageId: 'young', target: { kind: 'nominee', id: n.id }, data: { name: n.person.fullName, age } });
    }
  },
});

export const provinceSeats = defineRule({
  id: 'test/province-seats',
  title: { vi: 'Số đại biểu tỉnh', en: 'Province seats' },
  description: { vi: 'Ít nhất 3', en: 'At least 3' },
  severity: 'error',
  scope: 'unit',
  bodyKinds: ['national-assembly'],
  sources: [],
  messages: { few: { vi: '{seats} đại biểu', en: '{seats} seats' } },
  check(u, ctx) {
    if (u.row.seats < 3) {
      ctx.report({ messageId: 'few', target: { kind: 'unit', id: u.unitId, bodyId: u.body.id }, data: { seats: u.row.seats } });
    }
  },
});

export const testPack = defineRulePack({
  id: 'test-pack',
  title: { vi: 'Bộ thử nghiệm', en: 'Test pack' },
  rules: [womenShare, constituencyWomen, maxSeats, surplus, oneConstituency, minimumAge, provinceSeats],
  settings: { youngUnderAge: 40 },
});
