/**
 * The composition table as the checks read it (a ReadonlyMap by compositionKey). A national table has
 * 100,000 constituency rows; they stay in their constituencies' slots (see ListIndex) and are found from the
 * key, so validate() does not build and hash 100,000 keys it rarely reads. The few thousand
 * election, body and unit rows are an ordinary Map.
 */
import { compositionKey, type CompositionRow } from './composition';

/** Where the constituency rows live. */
export interface ConstituencyRowSource {
  constituencyRow(id: string): CompositionRow | undefined;
  constituencyRows(): Iterable<CompositionRow>;
}

const PREFIX = 'constituency:';

export class CompositionRows implements ReadonlyMap<string, CompositionRow> {
  constructor(
    /** Election, body and unit rows by key. */
    readonly others: Map<string, CompositionRow>,
    private readonly source: ConstituencyRowSource,
  ) {}

  get(key: string): CompositionRow | undefined {
    return key.startsWith(PREFIX) ? this.source.constituencyRow(key.slice(PREFIX.length)) : this.others.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let size = this.others.size;
    for (const _row of this.source.constituencyRows()) size++;
    return size;
  }

  *values(): MapIterator<CompositionRow> {
    yield* this.others.values();
    yield* this.source.constituencyRows();
  }

  *entries(): MapIterator<[string, CompositionRow]> {
    yield* this.others.entries();
    for (const row of this.source.constituencyRows()) yield [compositionKey('constituency', row.id), row];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  [Symbol.iterator](): MapIterator<[string, CompositionRow]> {
    return this.entries();
  }

  forEach(visit: (row: CompositionRow, key: string, map: ReadonlyMap<string, CompositionRow>) => void, thisArg?: unknown): void {
    for (const [key, row] of this.entries()) visit.call(thisArg, row, key, this);
  }
}
