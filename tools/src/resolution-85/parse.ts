/**
 * Reads Resolution 85/NQ-HĐBCQG (15/12/2025), which fixes the 182 constituencies of the 16th National
 * Assembly and writes every count in Vietnamese words ("Số đại biểu Quốc hội được bầu là ba mươi hai."). The
 * words are read with core's parseVietnameseNumber; a line that does not read is returned as a problem with
 * its line number, never guessed.
 */
import { parseVietnameseNumber } from '@ungcu/core/text';

export interface ResolutionConstituency {
  readonly number: number;
  readonly description: string;
  readonly seats: number;
  readonly line: number;
}

export interface ResolutionProvince {
  readonly number: number;
  /** As written: "Thành phố Hà Nội", "Tỉnh Cao Bằng". */
  readonly name: string;
  readonly constituenciesStated: number;
  readonly seatsStated: number;
  readonly constituencies: readonly ResolutionConstituency[];
  readonly line: number;
}

export interface ResolutionProblem {
  readonly line: number;
  readonly message: { readonly vi: string; readonly en: string };
}

export interface Resolution85 {
  /** Article 1: the number of constituencies in the whole country. */
  readonly totalConstituencies: number | undefined;
  readonly provinces: readonly ResolutionProvince[];
  readonly problems: readonly ResolutionProblem[];
}

const TOTAL = /^Tổng số đơn vị bầu cử .* trong cả nước là (.+)\.$/u;
const PROVINCE = /^(?:#+ )?(\d+)- (.+)$/u;
const UNIT = /^Đơn vị số (\d+):$/u;
const UNIT_COUNT = /^Số đơn vị bầu cử là (.+)\.$/u;
const SEATS = /^Số đại biểu Quốc hội được bầu là (.+)\.$/u;
const COVERS = /^Gồm /u;
/** Article 3 (who carries out the resolution) ends the table; the web page's links follow it. */
const END = /^#+ Điều 3\./u;

interface MutableProvince {
  number: number;
  name: string;
  constituenciesStated?: number;
  seatsStated?: number;
  constituencies: { number: number; description?: string; seats?: number; line: number }[];
  line: number;
}

export function parseResolution85(text: string): Resolution85 {
  const problems: ResolutionProblem[] = [];
  const provinces: MutableProvince[] = [];
  let total: number | undefined;

  const words = (phrase: string, line: number): number | undefined => {
    const result = parseVietnameseNumber(phrase);
    if (result.ok) return result.value;
    problems.push({
      line,
      message: {
        vi: `Dòng ${line}: không đọc được số "${phrase}": ${result.reason.vi}`,
        en: `Line ${line}: cannot read the number "${phrase}": ${result.reason.en}`,
      },
    });
    return undefined;
  };

  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const lineNo = i + 1;
    if (END.test(line)) break;
    const province = provinces[provinces.length - 1];
    const unit = province?.constituencies[province.constituencies.length - 1];
    let m: RegExpExecArray | null;
    if ((m = TOTAL.exec(line)) !== null) total = words(m[1] ?? '', lineNo);
    else if ((m = PROVINCE.exec(line)) !== null) {
      provinces.push({ number: Number(m[1]), name: (m[2] ?? '').trim(), constituencies: [], line: lineNo });
    } else if ((m = UNIT.exec(line)) !== null && province !== undefined) {
      province.constituencies.push({ number: Number(m[1]), line: lineNo });
    } else if ((m = UNIT_COUNT.exec(line)) !== null && province !== undefined) {
      const n = words(m[1] ?? '', lineNo);
      if (n !== undefined) province.constituenciesStated = n;
    } else if ((m = SEATS.exec(line)) !== null && province !== undefined) {
      const n = words(m[1] ?? '', lineNo);
      // Before its first "Đơn vị số", the seats line is the province total; after, the constituency's.
      if (n !== undefined && unit !== undefined) unit.seats = n;
      else if (n !== undefined) province.seatsStated = n;
    } else if (COVERS.test(line) && unit !== undefined) {
      unit.description = line;
    }
  }

  const out: ResolutionProvince[] = [];
  for (const p of provinces) {
    const missing = (what: { vi: string; en: string }, at: number) =>
      problems.push({
        line: at,
        message: { vi: `Dòng ${at}: ${p.name} thiếu ${what.vi}`, en: `Line ${at}: ${p.name} has no ${what.en}` },
      });
    if (p.constituenciesStated === undefined) missing({ vi: 'số đơn vị bầu cử', en: 'number of constituencies' }, p.line);
    if (p.seatsStated === undefined) missing({ vi: 'số đại biểu', en: 'number of deputies' }, p.line);
    const constituencies: ResolutionConstituency[] = [];
    for (const c of p.constituencies) {
      if (c.seats === undefined) missing({ vi: `số đại biểu của đơn vị số ${c.number}`, en: `seats for constituency ${c.number}` }, c.line);
      if (c.description === undefined) missing({ vi: `phạm vi của đơn vị số ${c.number}`, en: `area of constituency ${c.number}` }, c.line);
      if (c.seats !== undefined && c.description !== undefined) {
        constituencies.push({ number: c.number, description: c.description, seats: c.seats, line: c.line });
      }
    }
    out.push({
      number: p.number,
      name: p.name,
      constituenciesStated: p.constituenciesStated ?? Number.NaN,
      seatsStated: p.seatsStated ?? Number.NaN,
      constituencies,
      line: p.line,
    });
  }
  return { totalConstituencies: total, provinces: out, problems };
}
