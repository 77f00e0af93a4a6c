/**
 * `ungcu validate <files...>` (or `--store`): imports the files, or loads one election from a store, validates
 * it against a rule pack and prints the report
 * as text or as the stable JSON shape of docs/reference/cli-json.md. Exit 0 with no error finding, 1 with
 * error findings, 2 when the input cannot be read or the call is wrong.
 */
import type { Command } from 'commander';
import type { NomineeStage } from '@ungcu/core';
import { NOMINEE_STAGES } from '@ungcu/core';
import { formatReport, type Report } from '@ungcu/core/rules';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openSession } from '../session';
import type { RegisterCommand } from './index';
import { usage } from './usage';
import { registerPackOptions, type PackFlags } from './pack-options';
import { csvReadOptions, registerReadOptions, type ReadFlags } from './read-flags';
import { loadFromStore, readFiles } from './read-files';

interface ValidateFlags extends ReadFlags, PackFlags {
  readonly stage?: string;
  readonly locale: string;
  readonly format: string;
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
  /** Rules measuring a whole body's list that the data, holding part of it, could not check. */
  readonly notChecked: readonly {
    readonly ruleId: string;
    readonly target: { readonly kind: string; readonly id: string; readonly name: string | null };
    readonly coverage: {
      readonly kind: string;
      readonly source: string;
      readonly seats: number;
      readonly knownSeats: number;
      readonly units: number;
    };
    readonly reason: string;
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
    notChecked: report.notChecked.map((n) => ({
      ruleId: n.ruleId,
      target: { kind: n.target.kind, id: n.target.id, name: n.target.name ?? null },
      coverage: {
        kind: n.coverage.kind,
        source: n.coverage.source,
        seats: n.coverage.seats,
        knownSeats: n.coverage.knownSeats,
        units: n.coverage.units,
      },
      reason: n.reason,
    })),
  };
}

export async function runValidate(files: readonly string[], flags: ValidateFlags, io: CliIo): Promise<number> {
  if (flags.stage !== undefined && !(NOMINEE_STAGES as readonly string[]).includes(flags.stage)) {
    return usage(io, `--stage phải là một trong ${NOMINEE_STAGES.join(', ')}`, `--stage must be one of ${NOMINEE_STAGES.join(', ')}`);
  }
  const csv = csvReadOptions(flags);
  if (!csv.ok) return usage(io, csv.message.vi, csv.message.en);
  if ((files.length > 0) === (flags.store !== undefined)) {
    return usage(io, 'Cần tệp danh sách hoặc --store, không dùng cả hai', 'Give list files or --store, not both');
  }
  const opened = await openSession(flags, {
    formats: ['text', 'json'],
    csv: csv.options,
    ...(flags.store === undefined ? {} : { store: flags.store, readonly: true }),
  });
  if (!opened.ok) return usage(io, opened.message.vi, opened.message.en);
  const { session } = opened;
  const input =
    flags.store === undefined
      ? await readFiles(session, files, flags.strict === true, io).then((data) => data && { data, pack: session.pack })
      : await loadFromStore(session, flags.store, flags.election, flags.pack !== undefined, io);
  if (input === undefined) return EXIT.usage;
  const { data, pack } = input;
  const report: Report = session.ungcu.validate(data, {
    packs: [pack.id],
    ...(flags.stage === undefined ? {} : { stage: flags.stage as NomineeStage }),
  });
  io.stdout(session.format === 'json' ? `${JSON.stringify(toValidateJson(pack.id, report), null, 2)}\n` : formatReport(report, session.locale));
  return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

export const registerValidate: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('validate')
    .description(
      'Kiểm tra danh sách theo bộ quy tắc (CSV, XLSX hoặc JSON).\nValidate nominee lists against a rule pack (CSV, XLSX or JSON).',
    )
    .argument('[files...]', 'tệp danh sách / list files (.csv, .xlsx, .json)')
    .option('--stage <stage>', `chỉ xét giai đoạn / only this stage (${NOMINEE_STAGES.join(' | ')})`)
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi')
    .option('--format <format>', 'định dạng / output format (text | json)', 'text')
    .option('--store <store>', 'đọc từ kho dữ liệu thay vì tệp / read from a store instead of files (file.db | postgres://...)')
    .option('--election <id>', 'mã cuộc bầu cử trong kho (mặc định: cuộc bầu cử duy nhất của kho) / election id in the store (default: the store\'s only election)');
  registerPackOptions(command);
  registerReadOptions(command);
  command.action(async (files: string[], flags: ValidateFlags) => exit(await runValidate(files, flags, io)));
};
