import type { Constituency, Dataset, Nominee } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import type { StoreSession } from '@ungcu/core/storage';

/** Where a list is read from: a dataset in memory, or a store (or a transaction's session). */
export type ListSource = Dataset | StoreSession;

/** The nominees a constituency's list holds: active, and at the qualified list or the official one. */
export function isOnList(nominee: Pick<Nominee, 'nomination'>, constituencyId: string): boolean {
  const n = nominee.nomination;
  return n.constituencyId === constituencyId && n.status === 'active' && (n.stage === 'qualified' || n.stage === 'official');
}

export interface ListContent {
  readonly constituency: Constituency;
  readonly nominees: readonly Nominee[];
}

function isDataset(source: ListSource): source is Dataset {
  return Array.isArray((source as Dataset).nominees);
}

export async function readListContent(source: ListSource, constituencyId: string): Promise<ListContent> {
  const constituency = isDataset(source)
    ? source.constituencies.find((c) => c.id === constituencyId)
    : await source.constituencies.get(constituencyId);
  if (constituency === undefined) {
    throw new ConfigError(
      { vi: `Không có đơn vị bầu cử "${constituencyId}"`, en: `No constituency "${constituencyId}"` },
      { details: { constituencyId } },
    );
  }
  const candidates = isDataset(source)
    ? source.nominees.filter((n) => n.nomination.constituencyId === constituencyId)
    : await source.nominees.list({ where: { constituencyId } });
  const nominees = candidates.filter((n) => isOnList(n, constituencyId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { constituency, nominees };
}

/**
 * What the four-eyes lock covers, as plain data. Left out: versions (bookkeeping), the approval itself, and
 * what the season writes without changing the list: the stage (a nominee moving from the qualified list to
 * the official one is the approved list being published), the result and the history. A change of any
 * other field, or a nominee joining or leaving the list, changes the content.
 */
export function listContentOf(content: ListContent): unknown {
  const { version: _cv, listApproval: _approval, ...constituency } = content.constituency as Constituency & { version?: number };
  return {
    constituency,
    nominees: content.nominees.map((n) => {
      const { version: _nv, ...rest } = n as Nominee & { version?: number };
      const { stage: _stage, result: _result, history: _history, ...nomination } = rest.nomination;
      return { ...rest, nomination };
    }),
  };
}

/** JSON with object keys sorted and undefined members dropped, so equal content always prints the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) through Web Crypto, present in Node 20 and in browsers, so the package needs no dependency. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function hashListContent(content: ListContent): Promise<string> {
  return sha256Hex(canonicalJson(listContentOf(content)));
}

/** The SHA-256 of a constituency's list as the four-eyes lock sees it (see `listContentOf`). */
export async function listContentHash(source: ListSource, constituencyId: string): Promise<string> {
  return hashListContent(await readListContent(source, constituencyId));
}
