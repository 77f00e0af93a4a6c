/**
 * `ungcu validate <files...>` (or `--store`): imports the files, or loads one election from a store, validates
 * it against a rule pack and prints the report
 * as text or as the stable JSON shape of docs/reference/cli-json.md. Exit 0 with no error finding, 1 with
 * error findings, 2 when the input cannot be read or the call is wrong.
 */
import type { Command } from 'commander';
import type { Dataset, NomineeStage } from '@ungcu/core';
import { NOMINEE_STAGES } from '@ungcu/core';
import { isUngcuError } from '@ungcu/core/errors';
import { loadDataset, redactConnectionString } from '@ungcu/core/storage';
import { formatReport, validate, type Locale, type Report } from '@ungcu/core/rules';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openStore } from '../stores';
import type { RegisterCommand } from './index';
import { DEFAULT_PACK, findPack, importElection, isIsoDate, PACK_IDS } from './packs';
import { csvReadOptions, registerReadOptions, type ReadFlags } from './read-flags';
import { formatProblems, formatWarnings, readInput } from './read-input';

interface ValidateFlags extends ReadFlags {
  readonly pack: string;
  readonly stage?: string;
  readonly locale: string;
  readonly format: string;
  readonly electionDay?: string;
  readonly store?: string;
  readonly election?: string;
}

/** The documented JSON shape (docs/reference/cli-json.md). Changing it is a breaking change of the CLI. */
export interface ValidateJson {
  readonly pack: string;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly composition: readonly {
    readonly scope: string;
    readonly id: string;
    readonly name: string | null;
    readonly nominees: number;
    readonly seats: number;
    readonly women: number;
    readonly ethnicMinority: number;
    readonly nonParty: number;
    readonly young: number;
    readonly incumbents: number;
  }[];
  readonly findings: readonly {
    readonly ruleId: string;
    readonly severity: string;
    readonly target: { readonly kind: string; readonly id: string; readonly name: string | null };
    readonly message: string;
    readonly data: Readonly<Record<string, string | number | boolean>>;
    readonly sources: readonly { readonly document: string; readonly article: string | null; readonly clause: string | null }[];
  }[];
}

export function toValidateJson(pack: string, report: Report): ValidateJson {
  return {
    pack,
    summary: report.summary,
    composition: report.composition.map((r) => ({
      scope: r.scope,
      id: r.id,
      name: r.name ?? null,
      nominees: r.nominees,
      seats: r.seats,
      women: r.women,
      ethnicMinority: r.ethnicMinority,
      nonParty: r.nonParty,
      young: r.young,
      incumbents: r.incumbents,
    })),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      target: { kind: f.target.kind, id: f.target.id, name: f.target.name ?? null },
      message: f.message,
      data: f.data,
      sources: f.sources.map((s) => ({ document: s.document, article: s.article ?? null, clause: s.clause ?? null })),
    })),
  };
}

function usage(io: CliIo, vi: string, en: string): number {
  io.stderr(`${vi} / ${en}\n`);
  return EXIT.usage;
}

/**
 * One election from a store, or undefined (after saying why on stderr) when it cannot be had. The store is
 * opened read-only: validating must not create a database file or migrate one.
 */
async function loadFromStore(spec: string, electionId: string, io: CliIo): Promise<Dataset | undefined> {
  const name = redactConnectionString(spec);
  let store;
  try {
    store = await openStore(spec, { readonly: true });
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`Không mở được kho dữ liệu "${name}": ${error.text.vi} / Cannot open the store "${name}": ${error.text.en}\n`);
    return undefined;
  }
  try {
    const data = await loadDataset(store, electionId);
    if (data === undefined) {
      io.stderr(
        `Kho dữ liệu "${name}" không có cuộc bầu cử "${electionId}" (dùng --election) / ` +
          `The store "${name}" has no election "${electionId}" (use --election)\n`,
      );
    }
    return data;
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`Không đọc được kho dữ liệu "${name}": ${error.text.vi} / Cannot read the store "${name}": ${error.text.en}\n`);
    return undefined;
  } finally {
    await store.close();
  }
}

export async function runValidate(files: readonly string[], flags: ValidateFlags, io: CliIo): Promise<number> {
  const pack = findPack(flags.pack);
  if (pack === undefined) {
    return usage(io, `Không có bộ quy tắc "${flags.pack}" (có: ${PACK_IDS.join(', ')})`, `No rule pack "${flags.pack}" (known: ${PACK_IDS.join(', ')})`);
  }
  if (flags.locale !== 'vi' && flags.locale !== 'en') return usage(io, '--locale phải là vi hoặc en', '--locale must be vi or en');
  if (flags.format !== 'text' && flags.format !== 'json') return usage(io, '--format phải là text hoặc json', '--format must be text or json');
  if (flags.stage !== undefined && !(NOMINEE_STAGES as readonly string[]).includes(flags.stage)) {
    return usage(io, `--stage phải là một trong ${NOMINEE_STAGES.join(', ')}`, `--stage must be one of ${NOMINEE_STAGES.join(', ')}`);
  }
  const electionDay = flags.electionDay ?? pack.reference?.electionDay;
  if (electionDay === undefined || !isIsoDate(electionDay)) {
    return usage(io, '--election-day phải là ngày dạng YYYY-MM-DD', '--election-day must be a date written YYYY-MM-DD');
  }
  const csv = csvReadOptions(flags);
  if (!csv.ok) return usage(io, csv.message.vi, csv.message.en);
  if ((files.length > 0) === (flags.store !== undefined)) {
    return usage(io, 'Cần tệp danh sách hoặc --store, không dùng cả hai', 'Give list files or --store, not both');
  }
  let data: Dataset;
  if (flags.store !== undefined) {
    const loaded = await loadFromStore(flags.store, flags.election ?? `election-${electionDay}`, io);
    if (loaded === undefined) return EXIT.usage;
    data = loaded;
  } else {
    const input = await readInput(files, importElection(pack, electionDay), { csv: csv.options, strict: flags.strict === true });
    io.stderr(formatWarnings(input.warnings));
    if (!input.ok) {
      io.stderr(formatProblems(input.problems));
      return EXIT.usage;
    }
    data = input.data;
  }
  const locale = flags.locale as Locale;
  const report = validate(data, {
    packs: [pack],
    locale,
    ...(flags.stage === undefined ? {} : { stage: flags.stage as NomineeStage }),
  });
  io.stdout(flags.format === 'json' ? `${JSON.stringify(toValidateJson(pack.id, report), null, 2)}\n` : formatReport(report, locale));
  return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

export const registerValidate: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('validate')
    .description(
      'Kiểm tra danh sách theo bộ quy tắc (CSV, XLSX hoặc JSON).\nValidate nominee lists against a rule pack (CSV, XLSX or JSON).',
    )
    .argument('[files...]', 'tệp danh sách / list files (.csv, .xlsx, .json)')
    .option('--pack <id>', `bộ quy tắc / rule pack (${PACK_IDS.join(' | ')})`, DEFAULT_PACK)
    .option('--stage <stage>', `chỉ xét giai đoạn / only this stage (${NOMINEE_STAGES.join(' | ')})`)
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi')
    .option('--format <format>', 'định dạng / output format (text | json)', 'text')
    .option('--election-day <date>', 'ngày bầu cử / election day (YYYY-MM-DD); mặc định theo bộ quy tắc / default: the pack\'s')
    .option('--store <store>', 'đọc từ kho dữ liệu thay vì tệp / read from a store instead of files (file.db | postgres://...)')
    .option('--election <id>', 'mã cuộc bầu cử trong kho / election id in the store (default: election-<election day>)');
  registerReadOptions(command);
  command.action(async (files: string[], flags: ValidateFlags) => exit(await runValidate(files, flags, io)));
};
