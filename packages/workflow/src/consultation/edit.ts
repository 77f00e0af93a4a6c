import type { Constituency, Nominee, NomineeInput } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import type { Store } from '@ungcu/core/storage';
import { voidApprovalIfChanged } from './approval-guard';

export interface EditResult {
  readonly nominee: Nominee & { readonly version: number };
  /** The constituency whose approved list this edit voided, when it did. */
  readonly voidedApproval?: Constituency;
}

/**
 * Writes an edit of a nominee (a corrected occupation, a new workplace) at its stored version, and in the
 * same transaction voids the approval of its constituency's list when the edit changed the approved content.
 */
export async function editNominee(store: Store, nominee: NomineeInput & { readonly version: number }, options: { readonly by: string }): Promise<EditResult> {
  return store.transaction(
    async (tx) => {
      const before = await tx.nominees.get(nominee.id);
      if (before === undefined) {
        throw new ConfigError({ vi: `Không có người ứng cử "${nominee.id}"`, en: `No nominee "${nominee.id}"` }, { details: { nomineeId: nominee.id } });
      }
      const after = await tx.nominees.upsert(nominee, { expectedVersion: nominee.version });
      const voided = await voidApprovalIfChanged(tx, before, after, new Date().toISOString());
      return { nominee: after, ...(voided === undefined ? {} : { voidedApproval: voided }) };
    },
    { actor: options.by },
  );
}
