/**
 * The words the quarterly review uses for purposes, levels, recipients and stages, in both languages. The
 * purpose order is the order of the sector's own sentence: "phân công, luân chuyển, chỉ định, bổ nhiệm,
 * giới thiệu ứng cử".
 */
import type { SeasonStage } from '@ungcu/core';
import type { Locale } from '@ungcu/core/rules';
import type { ProposalRecipient } from '../programme/progress';

export type VettingPurpose = 'candidacy' | 'appointment' | 'rotation' | 'assignment' | 'designation' | 'party-admission';

export const NARRATIVE_PURPOSE_ORDER: readonly VettingPurpose[] = [
  'assignment',
  'rotation',
  'designation',
  'appointment',
  'candidacy',
  'party-admission',
];

export const PURPOSE_LABELS: Readonly<Record<VettingPurpose, Readonly<Record<Locale, string>>>> = {
  assignment: { vi: 'phân công', en: 'assignment' },
  rotation: { vi: 'luân chuyển', en: 'rotation' },
  designation: { vi: 'chỉ định', en: 'designation' },
  appointment: { vi: 'bổ nhiệm', en: 'appointment' },
  candidacy: { vi: 'giới thiệu ứng cử', en: 'nomination for candidacy' },
  'party-admission': { vi: 'kết nạp vào Đảng', en: 'admission to the Party' },
};

export type LevelKey = 'central' | 'local' | 'unspecified';

export const LEVEL_LABELS: Readonly<Record<LevelKey, Readonly<Record<Locale, string>>>> = {
  central: { vi: 'diện Trung ương quản lý', en: 'under central management' },
  local: { vi: 'diện địa phương quản lý', en: 'under local management' },
  unspecified: { vi: 'chưa xác định diện quản lý', en: 'with no management level recorded' },
};

export const RECIPIENT_LABELS: Readonly<Record<ProposalRecipient, Readonly<Record<Locale, string>>>> = {
  'central-committee': { vi: 'Ban Chấp hành Trung ương', en: 'the Central Committee' },
  politburo: { vi: 'Bộ Chính trị', en: 'the Politburo' },
  secretariat: { vi: 'Ban Bí thư', en: 'the Secretariat' },
  'party-committee': { vi: 'Ban Chấp hành đảng bộ', en: 'the Party committee' },
  'standing-committee': { vi: 'Ban Thường vụ', en: 'the standing committee' },
  'people-council': { vi: 'Hội đồng nhân dân', en: "the People's Council" },
};

/**
 * The narrative speaks of the Politburo and the Secretariat together, as the reviews do ("trình Bộ Chính
 * trị, Ban Bí thư"): the two share one programme of work between Central Committee plenums.
 */
export const RECIPIENT_GROUPS: readonly (readonly ProposalRecipient[])[] = [
  ['central-committee'],
  ['politburo', 'secretariat'],
  ['party-committee'],
  ['standing-committee'],
  ['people-council'],
];

/** What a move to the stage means, as "868 lượt <phrase>". */
export const STAGE_LABELS: Readonly<Record<SeasonStage, Readonly<Record<Locale, string>>>> = {
  proposed: { vi: 'được giới thiệu', en: 'proposed' },
  preliminary: { vi: 'vào danh sách sơ bộ', en: 'to the preliminary list' },
  'voter-conference': { vi: 'lấy ý kiến cử tri', en: "to the voters' conferences" },
  qualified: { vi: 'vào danh sách đủ tiêu chuẩn', en: 'to the list of qualified candidates' },
  official: { vi: 'vào danh sách chính thức', en: 'to the official list' },
  elected: { vi: 'trúng cử', en: 'elected' },
  'not-elected': { vi: 'không trúng cử', en: 'not elected' },
  withdrawn: { vi: 'rút khỏi danh sách', en: 'withdrawn' },
  removed: { vi: 'bị xóa tên', en: 'removed from the list' },
  'not-qualified': { vi: 'không đủ tiêu chuẩn', en: 'found not qualified' },
};

/** Joins items as a list: Vietnamese with commas ("a, b, c"), English with "and" before the last. */
export function joinList(items: readonly string[], locale: Locale): string {
  if (locale === 'vi' || items.length < 2) return items.join(', ');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
