/**
 * What every tabular adapter does with its arguments the same way: the sources of one `read` call as a list,
 * and the layout an export writes (the one the options name, the official list by default).
 */
import type { ExportOptions, ImportSource, Layout } from '@ungcu/core/export';
import { resolveLayout } from './layouts';

/** One source or several, as a list. */
export function sourceList(input: ImportSource | readonly ImportSource[]): readonly ImportSource[] {
  return Array.isArray(input) ? input : [input as ImportSource];
}

/** The layout an export writes: `options.layout` (an id or a Layout value), else the official list. */
export function exportLayout(options: ExportOptions | undefined): Layout {
  return resolveLayout(options?.layout ?? 'official-list');
}
