/**
 * `ungcu report --store <store> --quarter 2021-Q1`: the quarterly review (hội nghị giao ban quý) of
 * @ungcu/workflow read from a store: vetting cases appraised, proposals against the work programme, the
 * nominee pipeline and the election calendar's deadlines, as the sector's own narrative (text), the numbers
 * (JSON), a workbook (XLSX, one sheet per part) or a document to sign (PDF, DOCX: the narrative and the tables
 * under the Decree 30 heading). The store is opened read-only.
 */
import type { Command } from 'commander';
import type { RulePack } from '@ungcu/core';
import { isUngcuError } from '@ungcu/core/errors';
import { redactConnectionString, type Store } from '@ungcu/core/storage';
import { isIsoDate } from '@ungcu/core/text';
import { collectBytes } from '@ungcu/core/export';
import { narrativeDocument } from '@ungcu/documents';
import { writeSheets } from '@ungcu/export-xlsx';
import { formatQuarter, quarterlyNarrative, quarterlyReport, quarterlyReportTables, type QuarterlyReport } from '@ungcu/workflow';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openSession } from '../session';
import { writeWhole } from '../write-whole';
import type { RegisterCommand } from './index';
import { registerPackOptions, type PackFlags } from './pack-options';
import { chooseElection } from './read-files';
import { usage } from './usage';

/** Formats written to a file only: a workbook and the documents to sign. */
const FILE_FORMATS: readonly string[] = ['xlsx', 'pdf', 'docx'];

interface ReportFlags extends PackFlags {
  readonly store: string;
  readonly quarter: string;
  readonly election?: string;
  readonly asOf?: string;
  readonly format: string;
  readonly locale: string;
  readonly out?: string;
}

/** The documented JSON shape (docs/reference/cli-json.md): the numbers and the narrative in both languages. */
export interface ReportJson {
  readonly quarter: string;
  readonly narrative: { readonly vi: readonly string[]; readonly en: readonly string[] };
  readonly report: QuarterlyReport;
}

export function toReportJson(quarter: string, report: QuarterlyReport): ReportJson {
  return { quarter, narrative: { vi: quarterlyNarrative(report, 'vi'), en: quarterlyNarrative(report, 'en') }, report };
}

/** The election the report follows: --election, else the store's only one; with several and none named, none (every election's moves, no calendar). */
async function electionOf(store: Store, name: string, flags: ReportFlags, io: CliIo): Promise<{ id: string | undefined } | undefined> {
  if (flags.election !== undefined) {
    const chosen = await chooseElection(store, name, flags.election, io);
    return chosen === undefined ? undefined : { id: chosen.id };
  }
  const stored = await store.elections.list({ limit: 2 });
  return { id: stored.length === 1 ? stored[0]!.id : undefined };
}

export async function runReport(flags: ReportFlags, io: CliIo): Promise<number> {
  if (FILE_FORMATS.includes(flags.format) && flags.out === undefined) {
    return usage(io, `--format ${flags.format} cần --out <tệp.${flags.format}>`, `--format ${flags.format} needs --out <file.${flags.format}>`);
  }
  if (flags.asOf !== undefined && !isIsoDate(flags.asOf)) {
    return usage(io, `--as-of phải là một ngày có thật, dạng YYYY-MM-DD (nhận được "${flags.asOf}")`, `--as-of must be a date written YYYY-MM-DD (got "${flags.asOf}")`);
  }
  const opened = await openSession(flags, {
    formats: ['text', 'json', ...FILE_FORMATS],
    store: flags.store,
    readonly: true,
  });
  if (!opened.ok) return usage(io, opened.message.vi, opened.message.en);
  const { ungcu, locale } = opened.session;
  const name = redactConnectionString(flags.store);
  let report: QuarterlyReport;
  try {
    const store = await ungcu.store();
    const election = await electionOf(store, name, flags, io);
    if (election === undefined) return EXIT.usage;
    const packs: Record<string, RulePack> = Object.fromEntries(ungcu.packs.map((p) => [p.id, p]));
    report = await quarterlyReport({
      store,
      quarter: flags.quarter,
      packs,
      ...(election.id === undefined ? {} : { electionId: election.id }),
      ...(flags.asOf === undefined ? {} : { asOf: flags.asOf }),
    });
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    return usage(io, error.text.vi, error.text.en);
  } finally {
    await ungcu.close();
  }
  const title = locale === 'vi' ? `Báo cáo ${formatQuarter(report.quarter, 'vi')}` : `Report for ${formatQuarter(report.quarter, 'en')}`;
  if (flags.format === 'xlsx') {
    const sheets = quarterlyReportTables(report, locale);
    if (!(await writeWhole(flags.out!, await writeSheets(sheets), io))) return EXIT.usage;
    io.stdout(`Đã ghi ${sheets.length} trang tính vào ${flags.out} / Wrote ${sheets.length} sheets to ${flags.out} (xlsx)\n`);
    return EXIT.ok;
  }
  if (flags.format === 'pdf' || flags.format === 'docx') {
    const model = narrativeDocument({ locale, title, paragraphs: quarterlyNarrative(report, locale), tables: quarterlyReportTables(report, locale) });
    // The renderers (pdfkit, docx) load on first use, as `ungcu export` loads them.
    const bytes =
      flags.format === 'pdf'
        ? await collectBytes((await import('@ungcu/export-pdf')).renderPdf(model))
        : await (await import('@ungcu/export-docx')).renderDocx(model);
    if (!(await writeWhole(flags.out!, bytes, io))) return EXIT.usage;
    io.stdout(`Đã ghi báo cáo vào ${flags.out} / Wrote the report to ${flags.out} (${flags.format})\n`);
    return EXIT.ok;
  }
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(toReportJson(flags.quarter, report), null, 2)}\n`
      : `${[title, '', ...quarterlyNarrative(report, locale)].join('\n')}\n`;
  if (flags.out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (!(await writeWhole(flags.out, text, io))) return EXIT.usage;
  io.stdout(`Đã ghi báo cáo vào ${flags.out} / Wrote the report to ${flags.out} (${flags.format})\n`);
  return EXIT.ok;
}

export const registerReport: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('report')
    .description('Báo cáo quý: thẩm định nhân sự, đề án, tiến độ bầu cử.\nThe quarterly review: vetting, proposals, the election pipeline.');
  registerPackOptions(command)
    .requiredOption('--store <store>', 'kho dữ liệu / the store (a SQLite file or postgres://...)')
    .requiredOption('--quarter <YYYY-Qn>', 'quý báo cáo / the quarter, e.g. 2021-Q1')
    .option('--election <id>', 'cuộc bầu cử (mặc định: cuộc bầu cử duy nhất của kho) / election id (default: the store\'s only election)')
    .option('--as-of <date>', 'tính đến ngày / as of this day (default: the quarter\'s last day)')
    .option('--format <format>', 'định dạng / output format (text | json | xlsx | pdf | docx)', 'text')
    .option('--out <file>', 'ghi ra tệp / write to a file (required for xlsx, pdf, docx)')
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi')
    .action(async (flags: ReportFlags) => exit(await runReport(flags, io)));
};
