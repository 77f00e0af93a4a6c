/**
 * Vietnamese as officials write it: the terms of the Law on Elections (Luật số 85/2015/QH13) and of the
 * election bodies' documents, in every Vietnamese text a user reads. A wrong form compiles, renders and passes
 * the vi/en parity check, so only a list of the forms officials do not write catches it.
 *
 * Two readings of the texts: the bilingual pairs of the packages' sources (packages/*\/src, tests excluded), as
 * written; and the catalogues of every rule of the shipped packs, as composed (a quota rule's message is a
 * template with its subject put in, so "người là ${subject.vi}" only shows "người là người" there).
 */
import { join } from 'node:path';
import { PACKS } from '@ungcu/rules-vn';
import { describe, expect, it } from 'vitest';
import { repositoryMessagePairs } from '../src/message-pairs.ts';

const root = join(import.meta.dirname, '..', '..');

interface WrongForm {
  /** Matches the form officials do not write. */
  readonly wrong: RegExp;
  /** What they write instead, and where it comes from. */
  readonly right: string;
  /** Files whose texts may keep the form, each with the reason. */
  readonly allowedIn?: Readonly<Record<string, string>>;
}

// Syllables with the tone on the second vowel of "oa", "oe", "uy": the new placement ("hoà", "thuỷ").
// "quý", "quà" are spelled alike in both placements ("qu" is one consonant), so they are not counted.
const NEW_TONE_PLACEMENT = /(?<![\p{L}])(?![Qq][Uu])\p{L}*(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/u;

export const WRONG_FORMS: readonly WrongForm[] = [
  { wrong: /ứng cử viên/iu, right: '"người ứng cử" ("người ứng cử là nữ"), as the Law names them' },
  { wrong: /người được đề cử/iu, right: '"người được giới thiệu ứng cử" (Điều 8 khoản 1)' },
  { wrong: /Ủy ban bầu cử (?:cấp )?tỉnh/u, right: '"Ủy ban bầu cử ở tỉnh" (Điều 22)' },
  { wrong: /người là người/iu, right: 'the noun alone: "có 3/10 người trẻ tuổi", not "người là người trẻ tuổi"' },
  { wrong: /cộng lại/iu, right: '"tổng số đại biểu của các đơn vị bầu cử là 116/500"' },
  { wrong: /dưới một nửa/iu, right: '"chưa quá một nửa" (Điều 80: a re-run when turnout is at most half, exactly half included)' },
  { wrong: /di chuyển lược đồ/iu, right: '"nâng cấp lược đồ" (a schema migration)' },
  { wrong: /chủ nhật|CHỦ NHẬT|Chủ Nhật/u, right: '"Chủ nhật", capitalised as the weekday names of the messages' },
  {
    wrong: /(?<![\d/])(?:\d\/\d{1,2}|\d{2}\/\d)\/\d{4}(?!\d)/u,
    right: 'a zero-padded date, 01/07/2025, as `{date:date}` renders one',
    allowedIn: {
      'packages/core/src/text/dates.ts': 'its message shows a form the date reader accepts, as a user types it',
    },
  },
  { wrong: NEW_TONE_PLACEMENT, right: 'the old tone placement of the gazette: "hòa", "khóa", "thủy"' },
];

/** Quotations reproduce their source's wording (the Law writes "ngày chủ nhật"), so they are not checked. */
function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”/gu, '“…”');
}

/** The wrong forms a Vietnamese text holds, as "form → right". */
export function wrongFormsIn(text: string, file?: string): string[] {
  const checked = withoutQuotations(text);
  return WRONG_FORMS.flatMap(({ wrong, right, allowedIn }) => {
    if (file !== undefined && allowedIn !== undefined && Object.hasOwn(allowedIn, file)) return [];
    const found = wrong.exec(checked);
    return found === null ? [] : [`"${found[0]}" → ${right}`];
  });
}

describe('wrongFormsIn', () => {
  it('finds each wrong form and passes the official one', () => {
    const cases: [wrong: string, right: string][] = [
      ['Năm 2021 có 8 đơn vị bầu cử không có ứng cử viên nữ', 'Năm 2021 có 8 đơn vị bầu cử không có người ứng cử là nữ'],
      ['Danh sách người được đề cử', 'Danh sách người được giới thiệu ứng cử'],
      ['Ủy ban bầu cử tỉnh công bố danh sách', 'Ủy ban bầu cử ở tỉnh công bố danh sách'],
      ['có 3/10 người là người trẻ tuổi', 'có 3/10 người trẻ tuổi'],
      ['các đơn vị bầu cử cộng lại 116 đại biểu', 'tổng số đại biểu của các đơn vị bầu cử là 116/500'],
      ['bầu cử lại (số cử tri đi bầu dưới một nửa)', 'bầu cử lại (số cử tri đi bầu chưa quá một nửa)'],
      ['Di chuyển lược đồ SQLite 3 thất bại', 'Nâng cấp lược đồ SQLite 3 thất bại'],
      ['ngày bầu cử là thứ Bảy, không phải chủ nhật', 'ngày bầu cử là thứ Bảy, không phải Chủ nhật'],
      ['Từ 1/7/2025 chỉ còn hai cấp; vào ngày 27/4/2021', 'Từ ngày 01/07/2025 chỉ còn hai cấp; vào ngày 27/04/2021'],
      ['Quốc hội khoá XV, tỉnh Khánh Hoà, Thuỷ', 'Quốc hội khóa XV, tỉnh Khánh Hòa, Thủy, quý, quà, Nguyễn'],
    ];
    for (const [wrong, right] of cases) {
      expect(wrongFormsIn(wrong), wrong).toHaveLength(1);
      expect(wrongFormsIn(right), right).toEqual([]);
    }
  });

  it('leaves quotations of the Law as the Law writes them', () => {
    expect(wrongFormsIn('“Ngày bầu cử phải là ngày chủ nhật và được công bố chậm nhất là 115 ngày trước ngày bầu cử.”')).toEqual([]);
    expect(wrongFormsIn('Ngày bầu cử phải là ngày chủ nhật')).toHaveLength(1);
  });
});

describe('the Vietnamese texts of the packages', () => {
  it('write the terms as officials write them, in every bilingual pair of the sources', () => {
    const pairs = repositoryMessagePairs(root);
    expect(pairs.length).toBeGreaterThan(350);
    const report = pairs.flatMap((pair) =>
      wrongFormsIn(pair.vi.display, pair.file).map((problem) => `${pair.file}:${pair.line}: ${problem}\n  ${pair.vi.display}`),
    );
    expect(report).toEqual([]);
  });

  it('write them in every composed rule catalogue of the shipped packs', () => {
    const texts = new Map<string, string>();
    for (const pack of Object.values(PACKS)) {
      for (const rule of pack.rules) {
        const add = (where: string, vi: string | undefined): void => {
          if (vi !== undefined) texts.set(`${rule.id} ${where}`, vi);
        };
        add('title', rule.title.vi);
        add('description', rule.description.vi);
        rule.notes?.forEach((note, i) => add(`notes[${i}]`, note.vi));
        for (const [id, message] of Object.entries(rule.messages)) add(`messages.${id}`, message.vi);
        for (const [id, fix] of Object.entries(rule.fixes ?? {})) add(`fixes.${id}`, fix.vi);
      }
    }
    // Every quota rule is among them: the composed message is what this reading adds to the first one.
    expect([...texts.keys()]).toContain('vn/council-young messages.below-min');
    const report = [...texts].flatMap(([where, vi]) => wrongFormsIn(vi).map((problem) => `${where}: ${problem}\n  ${vi}`));
    expect(report).toEqual([]);
  });
});
