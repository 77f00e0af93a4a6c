/**
 * Words for an infeasible plan: each changed bound ("hạ mức tối thiểu ... từ 5 xuống 3"), each conflict
 * found by the MIP, and the whole explanation a personnel officer reads, in Vietnamese and English.
 */
import type { Row } from './compile';
import type { Bilingual, QuotaConflict, Relaxation } from './types';
import { labelOf, scopeWords } from './words';

export function relaxationMessage(row: Row, bound: 'min' | 'max', from: number, to: number): Bilingual {
  const label = labelOf(row.quota);
  const where = scopeWords(row.scope);
  return bound === 'min'
    ? {
        vi: `Hạ mức tối thiểu người ứng cử ${label.vi} ${where.vi} từ ${from} xuống ${to} người`,
        en: `Lower the minimum of ${label.en} ${where.en} from ${from} to ${to}`,
      }
    : {
        vi: `Nâng mức tối đa người ứng cử ${label.vi} ${where.vi} từ ${from} lên ${to} người`,
        en: `Raise the maximum of ${label.en} ${where.en} from ${from} to ${to}`,
      };
}

/** A bound the MIP had to move, with the quotas that hold it there. */
export function mipConflict(row: Row, bound: 'min' | 'max', from: number, achievable: number, others: readonly Row[]): QuotaConflict {
  const label = labelOf(row.quota);
  const where = scopeWords(row.scope);
  const withVi = others.map((o) => `người ứng cử ${labelOf(o.quota).vi} ${scopeWords(o.scope).vi}`).join('; ');
  const withEn = others.map((o) => `${labelOf(o.quota).en} ${scopeWords(o.scope).en}`).join('; ');
  const head =
    bound === 'min'
      ? {
          vi: `Cần ít nhất ${from} người ứng cử ${label.vi} ${where.vi} nhưng khi đáp ứng các chỉ tiêu khác và số người cần chọn, nhiều nhất chỉ có ${achievable} người`,
          en: `At least ${from} ${label.en} are required ${where.en} but with the other quotas and the list sizes at most ${achievable} can be chosen`,
        }
      : {
          vi: `Tối đa ${from} người ứng cử ${label.vi} ${where.vi} nhưng khi đáp ứng các chỉ tiêu khác và số người cần chọn, ít nhất phải có ${achievable} người`,
          en: `At most ${from} ${label.en} are allowed ${where.en} but with the other quotas and the list sizes at least ${achievable} must be chosen`,
        };
  return {
    quotas: [row.quota, ...others.map((o) => o.quota).filter((q) => q !== row.quota)],
    reason: others.length > 0 ? 'joint' : 'pool',
    message: {
      vi: `${head.vi}${withVi === '' ? '' : ` (vướng chỉ tiêu ${withVi})`}.`,
      en: `${head.en}${withEn === '' ? '' : ` (held by: ${withEn})`}.`,
    },
  };
}

/** The explanation names this many conflicts and changes; the rest are counted (all are in the result). */
export const LISTED = 10;

function listed<T>(items: readonly T[], text: (item: T) => string, more: (n: number) => string): string[] {
  const out = items.slice(0, LISTED).map(text);
  if (items.length > LISTED) out.push(more(items.length - LISTED));
  return out;
}

export function explanation(conflicts: readonly QuotaConflict[], relaxation: readonly Relaxation[]): Bilingual {
  const total = relaxation.reduce((s, r) => s + Math.abs(r.to - r.from), 0);
  const vi = [
    'Không thể lập danh sách đáp ứng mọi chỉ tiêu.',
    ...listed(conflicts, (c) => c.message.vi, (n) => `Và ${n} trường hợp tương tự.`),
  ];
  const en = ['No list meets every quota.', ...listed(conflicts, (c) => c.message.en, (n) => `And ${n} more like these.`)];
  if (relaxation.length > 0) {
    const changesVi = listed(relaxation, (r) => r.message.vi, (n) => `và ${n} mức khác`).join('; ');
    const changesEn = listed(relaxation, (r) => r.message.en, (n) => `and ${n} more bounds`).join('; ');
    vi.push(
      `Thay đổi nhỏ nhất (${total} người, ${relaxation.length} mức): ${changesVi}; hoặc bổ sung nguồn người được giới thiệu ứng cử.`,
    );
    en.push(
      `The smallest change (${total} ${total === 1 ? 'person' : 'people'}, ${relaxation.length} ${relaxation.length === 1 ? 'bound' : 'bounds'}): ${changesEn}; or add nominees to the pool.`,
    );
  } else {
    vi.push('Không chỉ tiêu nào thay đổi được điều này: cần sửa số người cần chọn hoặc bổ sung nguồn.');
    en.push('No quota change can fix this: the sizes or the pool must change.');
  }
  return { vi: vi.join(' '), en: en.join(' ') };
}
