/**
 * The built-in layouts, and the layout an import or export option names: a built-in id, or a `Layout` value an
 * agency defined for its own columns (core's layout contract), used as given.
 */
import { ConfigError } from '@ungcu/core/errors';
import type { Layout, LayoutChoice } from '@ungcu/core/export';
import { nomineeTemplateLayout } from './nominee-template';
import { officialListLayout } from './official-list';

/** Every built-in tabular layout, in detection order. */
export const TABULAR_LAYOUTS: readonly Layout[] = [officialListLayout as Layout, nomineeTemplateLayout as Layout];

const ids = () => TABULAR_LAYOUTS.map((l) => l.id).join(', ');

export function layoutById(id: string): Layout {
  const layout = TABULAR_LAYOUTS.find((l) => l.id === id);
  if (layout === undefined) {
    throw new ConfigError({
      en: `Unknown layout "${id}": use one of ${ids()}, or pass a Layout value`,
      vi: `Không có mẫu "${id}": dùng một trong ${ids()}, hoặc truyền một Layout`,
    });
  }
  return layout;
}

/**
 * A layout value from JavaScript (no compiler to check it) fails here with what is wrong, rather than at the
 * first row with a TypeError: the columns, the two columns the engine reports against, and the two codecs.
 */
function checkedLayout(layout: Layout): Layout {
  const keys = new Set(Array.isArray(layout.columns) ? layout.columns.map((c) => c.key) : []);
  const problems = [
    typeof layout.id === 'string' && layout.id !== '' ? undefined : 'id',
    keys.size > 0 ? undefined : 'columns',
    keys.has(layout.nameColumn) ? undefined : 'nameColumn',
    keys.has(layout.seatsColumn) ? undefined : 'seatsColumn',
    typeof layout.decode === 'function' ? undefined : 'decode',
    typeof layout.encode === 'function' ? undefined : 'encode',
  ].filter((p) => p !== undefined);
  if (problems.length > 0) {
    throw new ConfigError({
      en: `The layout "${String(layout.id)}" is not a usable Layout: check ${problems.join(', ')} (nameColumn and seatsColumn must be keys of its columns)`,
      vi: `Mẫu "${String(layout.id)}" không dùng được: kiểm tra ${problems.join(', ')} (nameColumn và seatsColumn phải là khóa của một cột)`,
    });
  }
  return layout;
}

/** The layout an option names: a built-in id, or a Layout value. */
export function resolveLayout(choice: LayoutChoice): Layout {
  return typeof choice === 'string' ? layoutById(choice) : checkedLayout(choice as Layout);
}

/** The layouts a header row may be in: the one the options name, else every built-in layout. */
export function candidateLayouts(choice: LayoutChoice | undefined): readonly Layout[] {
  return choice === undefined ? TABULAR_LAYOUTS : [resolveLayout(choice)];
}
