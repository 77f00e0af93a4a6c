import type { Constituency, Nominee } from '@ungcu/core';
import type { StoreSession } from '@ungcu/core/storage';
import { voidedApproval } from './approval';
import { canonicalJson, hashListContent, isOnList, listContentOf, readListContent } from './list-content';

/** The fields that differ between two versions of a nominee, as the list content sees them ("person.occupation"). */
export function changedFields(before: Nominee, after: Nominee): string[] {
  const project = (n: Nominee) => {
    const { nominees } = listContentOf({ constituency: {} as Constituency, nominees: [n] }) as { nominees: Record<string, unknown>[] };
    return nominees[0] ?? {};
  };
  const a = project(before);
  const b = project(after);
  const fields: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[key];
    const y = b[key];
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
      const xs = x as Record<string, unknown>;
      const ys = y as Record<string, unknown>;
      for (const sub of [...new Set([...Object.keys(xs), ...Object.keys(ys)])].sort()) {
        if (canonicalJson(xs[sub]) !== canonicalJson(ys[sub])) fields.push(`${key}.${sub}`);
      }
    } else if (canonicalJson(x) !== canonicalJson(y)) fields.push(key);
  }
  return fields;
}

/** "nominee <id> (<name>): <what changed>" in both languages, the reason an approval is voided for. */
export function describeNomineeChange(before: Nominee, after: Nominee, constituencyId: string): string {
  const was = isOnList(before, constituencyId);
  const is = isOnList(after, constituencyId);
  const who = `${after.id} (${after.person.fullName})`;
  if (was && !is) return `nominee ${who}: left the list (${after.nomination.status}) / người ứng cử ${who}: ra khỏi danh sách (${after.nomination.status})`;
  if (!was && is) return `nominee ${who}: joined the list / người ứng cử ${who}: được đưa vào danh sách`;
  const fields = changedFields(before, after).join(', ');
  return `nominee ${who}: ${fields} / người ứng cử ${who}: thay đổi ${fields}`;
}

/**
 * After a write to a nominee, in the same transaction: if the nominee's constituency has an approved list
 * and the list's content no longer matches it, the approval is voided, keeping its signatures and saying
 * when and what changed. Returns the constituency as written, or undefined when nothing was voided.
 */
export async function voidApprovalIfChanged(
  tx: StoreSession,
  before: Nominee,
  after: Nominee,
  at: string,
): Promise<Constituency | undefined> {
  const constituencyId = after.nomination.constituencyId ?? before.nomination.constituencyId;
  if (constituencyId === undefined) return undefined;
  const content = await readListContent(tx, constituencyId);
  const stored = content.constituency as Constituency & { version: number };
  const approval = stored.listApproval;
  if (approval?.status !== 'approved') return undefined;
  if ((await hashListContent(content)) === approval.contentHash) return undefined;
  const reason = describeNomineeChange(before, after, constituencyId);
  return tx.constituencies.upsert({ ...stored, listApproval: voidedApproval(approval, at, reason) }, { expectedVersion: stored.version });
}
