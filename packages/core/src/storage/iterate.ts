import { ConfigError, StorageError } from '../errors/classes';
import type { CollectionName } from '../model/dataset';
import type { DriverReads, FieldFilter, StoredRow } from './driver/types';
import { compareCodePoints } from './query';
import { toEntity } from './rows';
import type { StoredEntityOf } from './types';

export const DEFAULT_BATCH_SIZE = 1000;

const BY_ID = [{ name: 'id', field: undefined, descending: false }] as const;

function checkBatchSize(size: number | undefined): number {
  if (size === undefined) return DEFAULT_BATCH_SIZE;
  if (Number.isInteger(size) && size >= 1) return size;
  throw new ConfigError({
    en: `Option "batchSize" of iterate must be an integer >= 1, got ${size}`,
    vi: `Tùy chọn "batchSize" của iterate phải là số nguyên >= 1, nhận được ${size}`,
  });
}

/**
 * The rows that pass `where`, in id order, as pages of up to `batchSize`: by id cursor where the driver has
 * `page`, else through `list` with an offset. `beforeRead` runs before every read (the "use tx" check: a
 * loop may outlive the moment the iteration started). Bad options throw here, before the first read.
 */
export function iterateRows(
  reads: DriverReads,
  collection: CollectionName,
  where: readonly FieldFilter[],
  batchSize: number | undefined,
  beforeRead: () => void,
): AsyncIterable<readonly StoredRow[]> {
  const size = checkBatchSize(batchSize);
  return {
    async *[Symbol.asyncIterator]() {
      let afterId: string | undefined;
      let offset = 0;
      for (;;) {
        beforeRead();
        const rows =
          reads.page === undefined
            ? await reads.list(collection, { where, orderBy: BY_ID, limit: size, offset })
            : await reads.page(collection, where, afterId, size);
        // A page that does not move past the cursor would repeat forever: a driver bug, reported as one.
        if (afterId !== undefined && rows.length > 0 && compareCodePoints(rows[0]!.id, afterId) <= 0) {
          throw new StorageError(
            {
              en: `iterate over ${collection}: the store returned "${rows[0]!.id}" again after "${afterId}"; its page read does not follow id order`,
              vi: `iterate ${collection}: kho trả lại "${rows[0]!.id}" sau "${afterId}"; đọc theo trang không theo thứ tự mã`,
            },
            { details: { reason: 'page-order', collection } },
          );
        }
        if (rows.length > 0) yield rows;
        if (rows.length < size) return;
        afterId = rows[rows.length - 1]!.id;
        offset += rows.length;
      }
    },
  };
}

/**
 * Entities one at a time from pages of rows. Hand-written rather than an async generator: a generator's
 * `yield` costs an await per entity (a national export iterates 500,000), where this answers from the page
 * in hand with one settled promise and reads the next page only when the page is used up. Calls that come
 * while a page is being read wait their turn, as a generator's would. `return` (a `break` out of
 * `for await`) closes the page source, so no further page is read.
 */
export function entitiesOf<C extends CollectionName>(pages: AsyncIterator<readonly StoredRow[]>): AsyncIterator<StoredEntityOf<C>> {
  let page: readonly StoredRow[] = [];
  let next = 0;
  let finished = false;
  let reading: Promise<unknown> | undefined;
  const done = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });
  const take = (): IteratorResult<StoredEntityOf<C>, undefined> => {
    if (next < page.length) return { done: false, value: toEntity<C>(page[next++]!) };
    return done();
  };
  async function refill(): Promise<IteratorResult<StoredEntityOf<C>, undefined>> {
    try {
      while (next >= page.length && !finished) {
        const result = await pages.next();
        if (result.done === true) finished = true;
        else {
          page = result.value;
          next = 0;
        }
      }
    } catch (error) {
      // A failed read ends the iteration, as it ends a generator.
      finished = true;
      page = [];
      throw error;
    }
    return take();
  }
  return {
    next() {
      if (reading === undefined && next < page.length) return Promise.resolve(take());
      const turn = (reading ?? Promise.resolve()).then(refill);
      // The queue never rejects (the caller gets the error from `turn`), and empties once its last turn ends.
      const queued: Promise<unknown> = turn.then(
        () => undefined,
        () => undefined,
      );
      reading = queued;
      void queued.then(() => {
        if (reading === queued) reading = undefined;
      });
      return turn;
    },
    async return() {
      await reading?.catch(() => undefined);
      if (!finished) {
        finished = true;
        page = [];
        await pages.return?.();
      }
      return done();
    },
  };
}
