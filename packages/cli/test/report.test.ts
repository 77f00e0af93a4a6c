/**
 * `ungcu report`: the quarterly review read from a SQLite store, as text (the sector's sentences), JSON (the
 * numbers and both narratives) and XLSX (one sheet per part, read back with the testkit's reader), and the
 * calls that cannot work (a bad quarter, XLSX without --out, an election the store does not hold).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteStore } from '@ungcu/storage-sqlite';
import { readXlsx } from '@ungcu/testkit/export';
import { run } from '../src/index';
import type { ReportJson } from '../src/commands/report';
import { capture } from './support';

const ROOT = mkdtempSync(join(tmpdir(), 'ungcu-report-'));
const STORE = join(ROOT, 'season.db');

/** Cases concluded in 2021: under central management 3 appointments and 2 rotations in Q1, 1 in Q2; 1 local in Q1. */
interface Case {
  readonly id: string;
  readonly purpose: 'appointment' | 'rotation';
  readonly managementLevel: 'central' | 'local';
  readonly closedOn: string;
}
const CASES: readonly Case[] = [
  ...[1, 2, 3].map((i): Case => ({ id: `a${i}`, purpose: 'appointment', managementLevel: 'central', closedOn: `2021-03-0${i}` })),
  ...[1, 2].map((i): Case => ({ id: `r${i}`, purpose: 'rotation', managementLevel: 'central', closedOn: `2021-02-1${i}` })),
  { id: 'q2', purpose: 'appointment', managementLevel: 'central', closedOn: '2021-04-01' },
  { id: 'l1', purpose: 'appointment', managementLevel: 'local', closedOn: '2021-01-20' },
];

beforeAll(async () => {
  const store = await sqliteStore(STORE);
  await store.elections.upsert({ id: 'election-2021-05-23', name: 'Bầu cử đại biểu Quốc hội khóa XV', electionDay: '2021-05-23', rulePack: 'vn-2021' });
  for (const c of CASES) {
    await store.vettingCases.upsert({
      id: c.id,
      personName: `Cán bộ ${c.id}`,
      purpose: c.purpose,
      managementLevel: c.managementLevel,
      status: 'concluded',
      outcome: 'meets-standards',
      openedOn: '2021-01-04',
      closedOn: c.closedOn,
    });
  }
  await store.workProgrammes.upsert({ id: 'p', title: 'Chương trình công tác năm 2021', kind: 'annual', year: 2021 });
  await store.proposals.upsert({ id: 'd1', title: 'Đề án 1', submittedTo: 'central-committee', workProgrammeId: 'p', plannedQuarter: '2021-Q1', status: 'submitted', submittedOn: '2021-03-10' });
  await store.proposals.upsert({ id: 'd2', title: 'Đề án 2', submittedTo: 'central-committee', workProgrammeId: 'p', plannedQuarter: '2021-Q1', status: 'drafting' });
  await store.close();
});

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('ungcu report', () => {
  it('prints the quarter in the sector’s words: 5 cases under central management, 1 local, 1 of 2 proposals', async () => {
    const io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q1'], io), io.err).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines[0]).toBe('Báo cáo quý I/2021');
    expect(io.out).toContain('Trong quý I/2021, thẩm định 5 lượt nhân sự diện Trung ương quản lý trình Bộ Chính trị, Ban Bí thư quyết định luân chuyển, bổ nhiệm');
    expect(io.out).toContain('1 lượt nhân sự diện địa phương quản lý');
    expect(io.out).toContain('Trình Ban Chấp hành Trung ương 1/2 đề án');
    const en = capture();
    await run(['report', '--store', STORE, '--quarter', '2021-Q1', '--locale', 'en'], en);
    expect(en.out).toContain('Report for the first quarter of 2021');
    expect(en.out).toContain('appraised 5 cases of cadres under central management');
  });

  it('writes the numbers and both narratives as JSON; the next quarter counts its own case only', async () => {
    const io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q2', '--format', 'json'], io), io.err).toBe(0);
    const json = JSON.parse(io.out) as ReportJson;
    expect(json.quarter).toBe('2021-Q2');
    expect(json.report.vetting.total).toBe(1);
    expect(json.report.electionId).toBe('election-2021-05-23');
    expect(json.narrative.vi[0]).toContain('Trong quý II/2021, thẩm định 1 lượt');
    expect(json.narrative.en[0]).toContain('second quarter of 2021');
  });

  it('writes a workbook with one sheet per part, numbers as numbers', async () => {
    const out = join(ROOT, 'q1.xlsx');
    const io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q1', '--format', 'xlsx', '--out', out], io), io.err).toBe(0);
    const book = readXlsx(readFileSync(out));
    expect(book.sheets.length).toBeGreaterThanOrEqual(3);
    const vetting = book.sheets[0]!;
    const cells = [...vetting.rows.values()].map((r) => [...r.values()].map((c) => ('value' in c ? c.value : undefined)));
    expect(cells.find((r) => r[0] === 'Bổ nhiệm')).toEqual(['Bổ nhiệm', 3, 1, 0, 4]);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('writes a document to sign as PDF and DOCX: the heading, the sentences and the tables', async () => {
    const pdf = join(ROOT, 'q1.pdf');
    const docx = join(ROOT, 'q1.docx');
    let io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q1', '--format', 'pdf', '--out', pdf], io), io.err).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q1', '--format', 'docx', '--out', docx], io), io.err).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
    expect(text).toContain('BÁO CÁO QUÝ I/2021');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Trong quý I/2021, thẩm định 5 lượt nhân sự diện Trung ương quản lý');
    expect(text).toContain('Bổ nhiệm');
  }, 60_000);

  it('refuses what cannot work with exit 2, in both languages, writing nothing', async () => {
    let io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q5'], io)).toBe(2);
    expect(io.err).toMatch(/2021-Q5/u);
    expect(io.out).toBe('');
    io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q1', '--format', 'xlsx'], io)).toBe(2);
    expect(io.err).toContain('--format xlsx cần --out');
    expect(io.err).toContain('--format xlsx needs --out');
    io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q1', '--election', 'election-1999-01-03'], io)).toBe(2);
    expect(io.err).toContain('has no election "election-1999-01-03"');
    expect(io.err).toContain('  election-2021-05-23: ');
    io = capture();
    expect(await run(['report', '--store', STORE, '--quarter', '2021-Q1', '--as-of', '2021-02-30'], io)).toBe(2);
    expect(io.err).toContain('--as-of must be a date');
  });
});
