import type { Body, Dataset, Nominee } from '@ungcu/core';
import { emptyDataset } from '@ungcu/core';
import { TransitionError } from '@ungcu/core/errors';
import { formatCitation, validate, type Finding, type RulePack } from '@ungcu/core/rules';
import type { StoreSession } from '@ungcu/core/storage';

/** What a body's lists need from the store to be checked: the body, its election, its lists, the units. */
export async function readBodyDataset(tx: StoreSession, body: Body): Promise<Dataset> {
  const [elections, constituencies, nominees, administrativeUnits, nominatingOrganizations, structurePlans] = await Promise.all([
    tx.elections.get(body.electionId).then((e) => (e === undefined ? [] : [e])),
    tx.constituencies.list({ where: { bodyId: body.id } }),
    tx.nominees.list({ where: { bodyId: body.id } }),
    tx.administrativeUnits.list(),
    tx.nominatingOrganizations.list(),
    tx.structurePlans.list({ where: { bodyId: body.id } }),
  ]);
  return {
    ...emptyDataset(),
    elections,
    bodies: [body],
    constituencies,
    nominees,
    administrativeUnits,
    nominatingOrganizations,
    structurePlans,
  };
}

/**
 * The list that would be published: every active nominee of the body on the qualified or the official list,
 * with `moving` in its new state. The pack's quotas on the official list (women, ethnic minorities, more
 * candidates than seats) are checked on it, so the publication of one nominee cannot outrun the whole list.
 */
export function prospectiveOfficialList(dataset: Dataset, moving: Nominee): Dataset {
  const nominees = dataset.nominees
    .map((n) => (n.id === moving.id ? moving : n))
    .filter((n) => n.nomination.status === 'active' && (n.nomination.stage === 'qualified' || n.nomination.stage === 'official'))
    .map((n) => ({ ...n, nomination: { ...n.nomination, stage: 'official' as const } }));
  return { ...dataset, nominees };
}

/** Error findings of the pack on the body's prospective official list; throws a TransitionError listing them. */
export function assertListMeetsQuotas(dataset: Dataset, moving: Nominee, pack: RulePack): void {
  const list = prospectiveOfficialList(dataset, moving);
  const errorsIn = (locale: 'vi' | 'en') => validate(list, { packs: [pack], stage: 'official', locale }).findings.filter((f) => f.severity === 'error');
  const errors = errorsIn('vi');
  if (errors.length === 0) return;
  // Refused: validated again only to give the findings' words in English too.
  const en = errorsIn('en');
  const detail = { vi: lines(errors, 'vi'), en: lines(en, 'en') };
  throw new TransitionError(
    {
      vi: `Người ứng cử "${moving.id}" chưa thể vào danh sách chính thức: danh sách của cơ quan còn ${errors.length} lỗi theo bộ quy tắc "${pack.id}":\n${detail.vi}`,
      en: `Nominee "${moving.id}" cannot go on the official list: the body's list has ${errors.length} error(s) under rule pack "${pack.id}":\n${detail.en}`,
    },
    { details: { nomineeId: moving.id, findings: errors.map((f) => ({ ruleId: f.ruleId, target: f.target, data: f.data })) } },
  );
}

function lines(findings: readonly Finding[], locale: 'vi' | 'en'): string {
  return findings.map((f) => `- [${f.ruleId}] ${f.message} (${formatCitation(f.sources, locale)})`).join('\n');
}
