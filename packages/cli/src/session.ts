/**
 * What every command starts from: the config (built-ins + ungcu.config + --pack module), the one check of
 * --pack, --locale, --format and --election-day, and the `createUngcu()` instance the command works through.
 * Commands keep no wiring of their own.
 */
import { createUngcu, type Locale, type RulePack, type Ungcu } from '@ungcu/core';
import { ConfigError, isUngcuError } from '@ungcu/core/errors';
import { isIsoDate } from '@ungcu/core/text';
import type { CsvImporterOptions } from '@ungcu/export-csv';
import { isPackPath, loadConfig, loadPackModule } from './config';
import { BUILT_IN_EXPORTERS, BUILT_IN_PACKS, BUILT_IN_STORES, builtInImporters, DEFAULT_PACK, merge } from './defaults';

export interface SessionFlags {
  readonly pack?: string;
  readonly locale?: string;
  readonly format?: string;
  readonly electionDay?: string;
  readonly config?: string;
}

export interface SessionOptions {
  /** The output formats the command prints (text, json); absent when it has no --format. */
  readonly formats?: readonly string[];
  readonly store?: string;
  readonly readonly?: boolean;
  readonly actor?: string;
  readonly csv?: CsvImporterOptions;
  readonly cwd?: string;
}

export interface Session {
  readonly ungcu: Ungcu;
  readonly pack: RulePack;
  readonly locale: Locale;
  readonly format: string;
  /** The election day, checked: --election-day or the pack's reference day. */
  readonly electionDay: string;
}

/** A session, or the bilingual reason the call cannot work (the command prints it and exits 2). */
export async function openSession(
  flags: SessionFlags,
  options: SessionOptions = {},
): Promise<{ readonly ok: true; readonly session: Session } | { readonly ok: false; readonly message: { vi: string; en: string } }> {
  try {
    const cwd = options.cwd ?? process.cwd();
    const { config } = await loadConfig(cwd, flags.config);
    const own = flags.pack !== undefined && isPackPath(flags.pack) ? [await loadPackModule(cwd, flags.pack)] : [];
    const packs = merge(BUILT_IN_PACKS, [...own, ...(config.packs ?? [])]);
    const locale = flags.locale ?? config.locale ?? 'vi';
    if (locale !== 'vi' && locale !== 'en') return fail('--locale phải là vi hoặc en', '--locale must be vi or en');
    const formats = options.formats ?? [];
    const format = flags.format ?? formats[0] ?? '';
    if (formats.length > 0 && !formats.includes(format)) {
      return fail(`--format phải là một trong ${formats.join(', ')}`, `--format must be one of ${formats.join(', ')}`);
    }
    if (flags.electionDay !== undefined && !isIsoDate(flags.electionDay)) {
      return fail(
        `--election-day phải là một ngày có thật, viết dạng YYYY-MM-DD (nhận được "${flags.electionDay}")`,
        `--election-day must be a date written YYYY-MM-DD (got "${flags.electionDay}")`,
      );
    }
    const packId = own[0]?.id ?? flags.pack ?? config.defaultPack ?? DEFAULT_PACK;
    const ungcu = createUngcu({
      packs,
      importers: merge(builtInImporters(options.csv ?? {}), config.importers),
      exporters: merge(BUILT_IN_EXPORTERS, config.exporters),
      stores: merge(BUILT_IN_STORES, config.stores),
      locale,
      ...(options.store === undefined ? {} : { store: options.store }),
      ...(options.readonly === undefined ? {} : { readonly: options.readonly }),
      ...(options.actor === undefined ? {} : { actor: options.actor }),
      ...(flags.electionDay === undefined ? {} : { electionDay: flags.electionDay }),
    });
    if (!packs.some((p) => p.id === packId)) {
      const known = packs.map((p) => p.id).join(', ');
      return fail(`Không có bộ quy tắc "${packId}" (có: ${known})`, `No rule pack "${packId}" (known: ${known})`);
    }
    const pack = ungcu.pack(packId);
    const electionDay = ungcu.election({ pack: packId }).electionDay;
    return { ok: true, session: { ungcu, pack, locale, format, electionDay } };
  } catch (error) {
    if (error instanceof ConfigError || isUngcuError(error)) return { ok: false, message: error.text };
    throw error;
  }
}

function fail(vi: string, en: string): { readonly ok: false; readonly message: { vi: string; en: string } } {
  return { ok: false, message: { vi, en } };
}
