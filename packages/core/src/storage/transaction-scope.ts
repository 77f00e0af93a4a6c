import { StorageError } from '../errors/classes';

/**
 * Tells whether the running code is inside a transaction of a given store, so a call through the store
 * from inside its own `transaction(fn)` fails at once instead of waiting for the transaction that waits
 * for it (a single-connection adapter queues the call behind the transaction: a hang). It follows the
 * async context with AsyncLocalStorage, reached through `process.getBuiltinModule` so that core keeps no
 * Node import and still bundles for browsers; where there is none (a browser), it cannot tell.
 */
interface Context<T> {
  run<R>(value: T, fn: () => R): R;
  getStore(): T | undefined;
}

/** One open transaction: `open` turns false when it ends, so work it left running is not refused later. */
interface OpenTransaction {
  readonly store: object;
  open: boolean;
}

function createContext(): Context<readonly OpenTransaction[]> | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const hooks = proc?.getBuiltinModule?.('node:async_hooks') as
    | { AsyncLocalStorage?: new () => Context<readonly OpenTransaction[]> }
    | undefined;
  return hooks?.AsyncLocalStorage === undefined ? undefined : new hooks.AsyncLocalStorage();
}

const context = /* @__PURE__ */ createContext();

/** Whether this runtime can tell (false in browsers): the docs say what happens then. */
export const canDetectTransactionScope = context !== undefined;

export interface TransactionScope {
  /** Runs `fn` marked as inside a transaction of this store, until the promise it returns settles. */
  enter<T>(fn: () => Promise<T>): Promise<T>;
  /** Throws the "use tx" StorageError when called from inside one of this store's open transactions. */
  refuseInside(call: string): void;
}

export function createTransactionScope(storeName: string): TransactionScope {
  const store = {};
  return {
    async enter(fn) {
      if (context === undefined) return fn();
      const entry: OpenTransaction = { store, open: true };
      try {
        return await context.run([...(context.getStore() ?? []), entry], fn);
      } finally {
        entry.open = false;
      }
    },
    refuseInside(call) {
      if (!(context?.getStore()?.some((entry) => entry.store === store && entry.open) ?? false)) return;
      throw new StorageError(
        {
          en: `${call} through the ${storeName} store inside its own transaction: use the transaction's \`tx\` (store.transaction(async (tx) => ...)); the store itself does not see the transaction's writes`,
          vi: `${call} qua kho ${storeName} ngay trong giao dịch của chính kho đó: hãy dùng \`tx\` của giao dịch (store.transaction(async (tx) => ...)); bản thân kho không thấy các thay đổi của giao dịch`,
        },
        { details: { reason: 'use-tx', call } },
      );
    },
  };
}
