/**
 * The layout contract is open: an agency's own columns are a `Layout` value handed to the importer and the
 * exporter, with no fork. Here the official list as one province's office writes it (other headers for two
 * columns), round-tripped on the real 2021 list (examples/data/vn-na-2021; CC-BY-4.0).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import type { Layout, LayoutColumn } from '@ungcu/core/export';
import { OFFICIAL_LIST_COLUMNS, officialListLayout } from '@ungcu/tabular';
import { csvExporter, csvImporter } from '../src/index';
import { readCsvFiles } from '../src/node';
import { ELECTION, PATHS } from './support';

const RENAMED: Readonly<Record<string, string>> = { fullName: 'Họ tên người ứng cử', dateOfBirth: 'Sinh ngày' };
const columns: readonly LayoutColumn[] = OFFICIAL_LIST_COLUMNS.map((c) => (RENAMED[c.key] === undefined ? c : { ...c, header: RENAMED[c.key]! }));

const agencyLayout: Layout = {
  ...(officialListLayout as Layout),
  id: 'ha-noi-official-list',
  name: { vi: 'Danh sách chính thức (mẫu của Hà Nội)', en: 'Official list (Hà Nội form)' },
  columns,
  encode(dataset) {
    return { ...officialListLayout.encode(dataset), headers: columns.map((c) => c.header), columns };
  },
};

describe('an agency layout', () => {
  it('is written and read back by the CSV adapter as given', async () => {
    const { data } = await readCsvFiles([PATHS[0]!], { election: ELECTION });
    const bytes = await csvExporter().write(data, { layout: agencyLayout });
    const header = new TextDecoder().decode(bytes).split('\r\n')[0]!;
    expect(header).toContain(',Họ tên người ứng cử,Sinh ngày,');
    expect(header).not.toContain('Họ và tên');
    const back = await csvImporter().read({ name: 'ha-noi.csv', data: bytes }, { election: ELECTION, layout: agencyLayout });
    expect(back.errors).toEqual([]);
    expect(back.data).toEqual(data);
  });

  it('is refused with what is wrong when it is not a usable layout', async () => {
    const broken = { ...agencyLayout, nameColumn: 'hoTen' } as Layout;
    const read = csvImporter().read({ name: 'x.csv', data: '' }, { election: ELECTION, layout: broken });
    await expect(read).rejects.toBeInstanceOf(ConfigError);
    await expect(read).rejects.toThrow(/nameColumn/u);
    // An id that names no built-in layout (a JavaScript caller; the types allow only the two built-in ids).
    const { data } = await readCsvFiles([PATHS[0]!], { election: ELECTION });
    await expect(csvExporter().write(data, { layout: 'danh-sach' as never })).rejects.toThrow(/Unknown layout "danh-sach"/u);
  });
});
