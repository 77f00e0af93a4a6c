/**
 * Several files read in one call become one dataset, as the CSV and XLSX importers' files do. An id found in
 * two files of one collection is an error naming both, never a silent overwrite.
 */
import { COLLECTION_NAMES, type Dataset, emptyDataset } from '@ungcu/core';
import { type ImportError, importError } from '@ungcu/core/export';

export function mergeDatasets(parts: readonly { readonly file: string; readonly data: Dataset }[]): { readonly data: Dataset; readonly errors: ImportError[] } {
  if (parts.length === 1) return { data: parts[0]!.data, errors: [] };
  const data = emptyDataset() as Record<string, { id: string }[]>;
  const errors: ImportError[] = [];
  for (const collection of COLLECTION_NAMES) {
    const fileOf = new Map<string, string>();
    for (const { file, data: part } of parts) {
      for (const entity of part[collection] as readonly { id: string }[]) {
        const first = fileOf.get(entity.id);
        if (first !== undefined) {
          errors.push(importError({ file, row: 0 }, 'duplicate-row', {
            vi: `Mã "${entity.id}" (${collection}) đã có trong tệp ${first}; mỗi thực thể chỉ được có trong một tệp.`,
            en: `Id "${entity.id}" (${collection}) is already in ${first}; each entity may be in one file only.`,
          }, { value: entity.id }));
          continue;
        }
        fileOf.set(entity.id, file);
        data[collection]!.push(entity);
      }
    }
  }
  return { data: data as unknown as Dataset, errors };
}
