import type { Constituency, ListApproval } from '@ungcu/core';
import { TransitionError } from '@ungcu/core/errors';
import type { LocalizedMessage } from '@ungcu/core/rules';
import type { Store, StoreSession } from '@ungcu/core/storage';
import { hashListContent, readListContent } from './list-content';

/** The approval, voided: signatures kept, with when and why. */
export function voidedApproval(approval: ListApproval, at: string, reason: string): ListApproval {
  return { ...approval, status: 'void', voidedAt: at, voidReason: reason };
}

export type ApproveOutcome = 'pending' | 'approved' | 'restarted';

export interface ApproveResult {
  readonly constituency: Constituency;
  readonly approval: ListApproval;
  /** pending: first signature; approved: second; restarted: the earlier approval no longer matched and was voided. */
  readonly outcome: ApproveOutcome;
  /** The approval voided by this call (outcome 'restarted'). */
  readonly voided?: ListApproval;
  readonly message: LocalizedMessage;
}

export interface ApproveOptions {
  readonly by: string;
  /** ISO 8601 UTC timestamp. */
  readonly at: string;
}

/**
 * Signs a constituency's list (four-eyes): the first signature starts a pending approval on the list's
 * current hash; a second by a different person on the same content approves it. The same person twice,
 * or a third signature on an approved list that has not changed, is refused. When the list changed after
 * the last signature, that approval is voided (kept, with the reason) and this signature starts a new one.
 */
export async function approveList(store: Store, constituencyId: string, options: ApproveOptions): Promise<ApproveResult> {
  return store.transaction((tx) => approveIn(tx, constituencyId, options), { actor: options.by });
}

async function approveIn(tx: StoreSession, constituencyId: string, { by, at }: ApproveOptions): Promise<ApproveResult> {
  const content = await readListContent(tx, constituencyId);
  const stored = content.constituency as Constituency & { version: number };
  const hash = await hashListContent(content);
  const current = stored.listApproval;
  const signature = { by, at };
  const start = (voided?: ListApproval): Omit<ApproveResult, 'constituency'> => ({
    approval: { contentHash: hash, signatures: [signature], status: 'pending' },
    outcome: voided === undefined ? 'pending' : 'restarted',
    ...(voided === undefined ? {} : { voided }),
    message:
      voided === undefined
        ? { vi: `${by} ký lần thứ nhất danh sách "${constituencyId}"; chờ người thứ hai`, en: `${by} signed the list "${constituencyId}" first; a second person must approve` }
        : {
            vi: `Danh sách "${constituencyId}" đã thay đổi sau lần ký trước: phê duyệt cũ bị hủy, ${by} bắt đầu phê duyệt mới`,
            en: `The list "${constituencyId}" changed after the earlier signature: that approval was voided and ${by} started a new one`,
          },
  });
  let next: Omit<ApproveResult, 'constituency'>;
  if (current === undefined || current.status === 'void') {
    next = start();
  } else if (current.contentHash !== hash) {
    next = start(
      voidedApproval(current, at, `list content changed after the ${current.status === 'approved' ? 'approval' : 'first signature'} / nội dung danh sách thay đổi sau khi ký`),
    );
  } else if (current.status === 'approved') {
    const [a, b] = current.signatures.map((s) => s.by);
    throw new TransitionError(
      {
        vi: `Danh sách "${constituencyId}" đã được ${a} và ${b} phê duyệt, không cần chữ ký thứ ba`,
        en: `The list "${constituencyId}" is already approved by ${a} and ${b}; no third signature is taken`,
      },
      { details: { constituencyId, by } },
    );
  } else if (current.signatures.some((s) => s.by === by)) {
    throw new TransitionError(
      {
        vi: `${by} đã ký danh sách "${constituencyId}": phê duyệt cần hai người khác nhau`,
        en: `${by} already signed the list "${constituencyId}": approval needs two different people`,
      },
      { details: { constituencyId, by } },
    );
  } else {
    next = {
      approval: { ...current, signatures: [...current.signatures, signature], status: 'approved' },
      outcome: 'approved',
      message: {
        vi: `Danh sách "${constituencyId}" được phê duyệt bởi ${current.signatures[0]?.by} và ${by}`,
        en: `The list "${constituencyId}" is approved by ${current.signatures[0]?.by} and ${by}`,
      },
    };
  }
  const constituency = await tx.constituencies.upsert({ ...stored, listApproval: next.approval }, { expectedVersion: stored.version });
  return { ...next, constituency };
}

export type ApprovalState = 'none' | 'pending' | 'approved' | 'void' | 'changed-since-approval';

export interface ApprovalStateReport {
  readonly constituencyId: string;
  readonly state: ApprovalState;
  readonly approval?: ListApproval;
  /** The hash of the list as stored now. */
  readonly currentHash: string;
  readonly message: LocalizedMessage;
}

/**
 * The approval as the data stands now: the hash is recomputed, so a change written straight to the store
 * (not through the workflow) still shows as 'changed-since-approval'.
 */
export async function listApprovalState(store: Store | StoreSession, constituencyId: string): Promise<ApprovalStateReport> {
  const content = await readListContent(store, constituencyId);
  const currentHash = await hashListContent(content);
  const approval = content.constituency.listApproval;
  const base = { constituencyId, currentHash, ...(approval === undefined ? {} : { approval }) };
  if (approval === undefined) {
    return { ...base, state: 'none', message: { vi: `Danh sách "${constituencyId}" chưa có ai ký`, en: `Nobody has signed the list "${constituencyId}"` } };
  }
  if (approval.status === 'void') {
    return {
      ...base,
      state: 'void',
      message: {
        vi: `Phê duyệt danh sách "${constituencyId}" đã bị hủy lúc ${approval.voidedAt ?? '?'}: ${approval.voidReason ?? ''}`,
        en: `The approval of the list "${constituencyId}" was voided at ${approval.voidedAt ?? '?'}: ${approval.voidReason ?? ''}`,
      },
    };
  }
  if (approval.contentHash !== currentHash) {
    return {
      ...base,
      state: 'changed-since-approval',
      message: {
        vi: `Danh sách "${constituencyId}" đã thay đổi sau khi ký (${approval.status}): phê duyệt không còn giá trị, cần ký lại`,
        en: `The list "${constituencyId}" changed after it was signed (${approval.status}): the approval no longer holds and must be signed again`,
      },
    };
  }
  const who = approval.signatures.map((s) => s.by).join(', ');
  return approval.status === 'approved'
    ? { ...base, state: 'approved', message: { vi: `Danh sách "${constituencyId}" đã được phê duyệt (${who})`, en: `The list "${constituencyId}" is approved (${who})` } }
    : { ...base, state: 'pending', message: { vi: `Danh sách "${constituencyId}" chờ người ký thứ hai (đã ký: ${who})`, en: `The list "${constituencyId}" awaits a second signature (signed by ${who})` } };
}
