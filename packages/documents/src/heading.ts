/**
 * The administrative heading of Decree 30/2020/NĐ-CP (Appendix I, items 1–5): the national motto and slogan on
 * the right, the issuing body and the number on the left, the place and date under the slogan. Resolved here
 * to the lines a renderer prints, so PDF and DOCX write the same words; what the caller leaves out becomes the
 * dotted blank a draft carries until the office fills it in before signing.
 */
import { ConfigError } from '@ungcu/core/errors';
import type { DocumentHeading } from '@ungcu/core/export';
import type { Locale } from '@ungcu/core/rules';
import { isIsoDate, toNfc } from '@ungcu/core/text';
import type { AdministrativeHeading } from './model';

/** The dotted blank of a missing word (số, địa danh, ngày, tháng, năm), as drafts print it. */
export const BLANK = '…';
/** The blank of a missing number: room to write it by hand before the "/" of the symbol. */
const NUMBER_BLANK = '      ';

const WORDS = {
  vi: {
    motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    slogan: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số:',
    issuerBlank: '……………',
  },
  en: {
    motto: 'SOCIALIST REPUBLIC OF VIET NAM',
    slogan: 'Independence - Freedom - Happiness',
    number: 'No.',
    issuerBlank: '……………',
  },
} as const;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Decree 30/2020, Appendix I, item 5: "ngày 05 tháng 01 năm 2021": a day below 10 and the months 1 and 2 take a
 * leading zero (so that nothing can be written in front of them later); other months do not ("tháng 4").
 */
export function decree30Date(isoDate: string): { readonly day: string; readonly month: string; readonly year: string } {
  if (!isIsoDate(isoDate)) {
    throw new ConfigError({
      vi: `heading.date phải là ngày dạng YYYY-MM-DD (ví dụ "2021-04-15"), nhận được "${isoDate}"`,
      en: `heading.date must be a YYYY-MM-DD date (e.g. "2021-04-15"), got "${isoDate}"`,
    });
  }
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return {
    day: String(day).padStart(2, '0'),
    month: month <= 2 ? String(month).padStart(2, '0') : String(month),
    year: String(year),
  };
}

/** "Số: 12/NQ-UBBC"; "Số:       /NQ-UBBC" with no number; "Số:       /" with neither. */
function numberLine(heading: DocumentHeading | undefined, locale: Locale): string {
  const number = heading?.number === undefined || heading.number.trim() === '' ? NUMBER_BLANK : heading.number.trim();
  const symbol = heading?.symbol?.trim() ?? '';
  const slash = symbol !== '' || number === NUMBER_BLANK ? `/${symbol}` : '';
  return `${WORDS[locale].number} ${number}${slash}`;
}

/** "Hà Nội, ngày 15 tháng 4 năm 2021" / "Ha Noi, 15 April 2021", blanks where the place or date is missing. */
function dateLine(heading: DocumentHeading | undefined, locale: Locale): string {
  const place = heading?.place === undefined || heading.place.trim() === '' ? BLANK : heading.place.trim();
  const date = heading?.date === undefined ? undefined : decree30Date(heading.date);
  if (locale === 'vi') {
    return `${place}, ngày ${date?.day ?? BLANK} tháng ${date?.month ?? BLANK} năm ${date?.year ?? BLANK}`;
  }
  if (date === undefined) return `${place}, ${BLANK} ${BLANK} ${BLANK}`;
  // English writes the day without the Decree's leading zero: "5 January 2021".
  return `${place}, ${Number(date.day)} ${MONTHS_EN[Number(heading!.date!.slice(5, 7)) - 1]!} ${date.year}`;
}

/**
 * The heading lines for `heading` in `locale`. The issuer is printed in capitals, as the Decree sets it; its
 * parent body too. Names are given in the caller's language (an English document names the body in English
 * if the caller does): only the fixed words (motto, slogan, "Số", the date words) are translated.
 */
export function administrativeHeading(heading: DocumentHeading | undefined, locale: Locale = 'vi'): AdministrativeHeading {
  const words = WORDS[locale];
  const issuer = heading?.issuer?.trim();
  const parent = heading?.parentIssuer?.trim();
  return {
    ...(parent === undefined || parent === '' ? {} : { parentIssuer: toNfc(parent).toLocaleUpperCase('vi') }),
    issuer: issuer === undefined || issuer === '' ? words.issuerBlank : toNfc(issuer).toLocaleUpperCase('vi'),
    numberLine: toNfc(numberLine(heading, locale)),
    motto: words.motto,
    slogan: words.slogan,
    dateLine: toNfc(dateLine(heading, locale)),
  };
}
