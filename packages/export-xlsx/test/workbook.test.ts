/**
 * What the XLSX export looks like to another spreadsheet program, checked with the independent reader of
 * @ungcu/testkit/export (fflate + its own XML reading), on the real 2021 list.
 */
import { describe, expect, it } from 'vitest';
import { ETHNIC_GROUPS } from '@ungcu/core';
import { columnLetter } from '@ungcu/core/export';
import { NOMINEE_TEMPLATE_COLUMNS } from '@ungcu/tabular';
import { readXlsx, serialToIsoDate } from '@ungcu/testkit/export';
import { DATE_FORMAT, GUIDE_SHEET_NAME, LISTS_SHEET_NAME, xlsxExporter, xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

describe('the nominee template workbook', async () => {
  const data = await realDataset();
  const bytes = await xlsxExporter().write(data, { layout: 'nominee-template' });
  const workbook = readXlsx(bytes);
  const sheet = workbook.sheet('Người ứng cử')!;
  const letterOf = (key: string) => columnLetter(NOMINEE_TEMPLATE_COLUMNS.findIndex((c) => c.key === key));

  it('has the data sheet first, then the guide, and the lists hidden', () => {
    expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Người ứng cử', 'visible'],
      [LISTS_SHEET_NAME, 'hidden'],
      [GUIDE_SHEET_NAME, 'visible'],
    ]);
  });

  it('freezes the header row and sets column widths', () => {
    expect(sheet.xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/u);
    // Adjacent columns of equal width share one <col min max> element.
    const widths = [...sheet.xml.matchAll(/<col ([^>]*)\/>/gu)].flatMap((m) => {
      const attr = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`, 'u').exec(m[1]!)![1]);
      return Array.from({ length: attr('max') - attr('min') + 1 }, () => attr('width'));
    });
    expect(widths).toHaveLength(NOMINEE_TEMPLATE_COLUMNS.length);
    expect(widths[NOMINEE_TEMPLATE_COLUMNS.findIndex((c) => c.key === 'fullName')]).toBeGreaterThanOrEqual(24);
  });

  it('offers drop-down lists for gender, ethnicity (the 54 groups), body kind, origin and stage', () => {
    const validations = [...sheet.xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/gu)].map((m) => ({
      sqref: /sqref="([^"]*)"/u.exec(m[1]!)![1]!,
      type: /type="([^"]*)"/u.exec(m[1]!)![1]!,
      formula: m[2]!.replace(/&apos;/gu, "'"),
    }));
    for (const key of ['gender', 'ethnicity', 'bodyKind', 'origin', 'stage', 'status', 'fullTime', 'organizationKind']) {
      const letter = letterOf(key);
      const rule = validations.find((v) => v.sqref.startsWith(`${letter}2:`));
      expect(rule, key).toMatchObject({ type: 'list' });
      expect(rule!.formula).toMatch(new RegExp(`^'${LISTS_SHEET_NAME}'!\\$[A-Z]+\\$2:\\$[A-Z]+\\$\\d+$`, 'u'));
    }
    const lists = workbook.sheet(LISTS_SHEET_NAME)!;
    const header = [...lists.rows.get(1)!.values()].map((c) => (c.type === 'string' ? c.value : ''));
    const ethnicityColumn = header.indexOf('Dân tộc');
    const groups = [...lists.rows.entries()]
      .filter(([r]) => r > 1)
      .map(([, row]) => row.get(ethnicityColumn))
      .flatMap((c) => (c?.type === 'string' ? [c.value] : []));
    expect(groups).toEqual(ETHNIC_GROUPS.map((g) => g.name));
    expect(groups).toHaveLength(54);
  });

  it('explains every column in Vietnamese and English on the guide sheet', () => {
    const guide = workbook.sheet(GUIDE_SHEET_NAME)!;
    expect(guide.rows.size).toBe(NOMINEE_TEMPLATE_COLUMNS.length + 1);
    NOMINEE_TEMPLATE_COLUMNS.forEach((column, i) => {
      const row = guide.rows.get(i + 2)!;
      const text = (c: number) => {
        const cell = row.get(c);
        return cell?.type === 'string' ? cell.value : undefined;
      };
      expect([text(0), text(1), text(2), text(5), text(6)]).toEqual([
        columnLetter(i),
        column.header,
        column.headerEn,
        column.description.vi,
        column.description.en,
      ]);
    });
  });

  it('writes dates as real dates shown dd/mm/yyyy, and reads them back as dates', async () => {
    const dob = sheet.rows.get(2)!.get(NOMINEE_TEMPLATE_COLUMNS.findIndex((c) => c.key === 'dateOfBirth'))!;
    expect(dob).toMatchObject({ type: 'number', date: true, numFmt: DATE_FORMAT });
    const first = sheet.rows.get(2)!.get(NOMINEE_TEMPLATE_COLUMNS.findIndex((c) => c.key === 'id'))!;
    const nominee = data.nominees.find((n) => first.type === 'string' && n.id === first.value)!;
    expect(serialToIsoDate((dob as { value: number }).value)).toBe(nominee.person.dateOfBirth);
    const back = await xlsxImporter().read({ name: 'template.xlsx', data: bytes }, { election: ELECTION });
    expect(back.errors).toEqual([]);
    expect(back.data).toEqual(data);
  });
});
