/**
 * `ungcu import <files...> --store <file.db | postgres://...>`: reads CSV, XLSX or JSON lists with the
 * importers and saves them into a store in one transaction. All or nothing: an input with errors is listed
 * (file, row, column, in Vietnamese and English), exits 2 and leaves the store exactly as it was.
 * Entities with an id already stored are replaced (their version goes up, the audit log keeps the old one).
 */
import type { Command } from 'commander';
import { COLLECTION_NAMES } from '@ungcu/core';
import { isUngcuError } from '@ungcu/core/errors';
import { saveDataset } from '@ungcu/core/storage';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openStore } from '../stores';
import type { RegisterCommand } from './index';
import { DEFAULT_PACK, findPack, importElection, isIsoDate, PACK_IDS } from './packs';
import { formatProblems, readInput } from './read-input';

interface ImportFlags {
  readonly store: string;
  readonly pack: string;
  readonly electionDay?: string;
  readonly actor: string;
}

function usage(io: CliIo, vi: string, en: string): number {
  io.stderr(`${vi} / ${en}\n`);
  return EXIT.usage;
}

export async function runImport(files: readonly string[], flags: ImportFlags, io: CliIo): Promise<number> {
  const pack = findPack(flags.pack);
  if (pack === undefined) {
    return usage(io, `Không có bộ quy tắc "${flags.pack}" (có: ${PACK_IDS.join(', ')})`, `No rule pack "${flags.pack}" (known: ${PACK_IDS.join(', ')})`);
  }
  const electionDay = flags.electionDay ?? pack.reference?.electionDay;
  if (electionDay === undefined || !isIsoDate(electionDay)) {
    return usage(io, '--election-day phải là ngày dạng YYYY-MM-DD', '--election-day must be a date written YYYY-MM-DD');
  }
  const input = await readInput(files, importElection(pack, electionDay));
  if (!input.ok) {
    io.stderr(formatProblems(input.problems));
    io.stderr('Không nhập gì vào kho dữ liệu / Nothing was written to the store\n');
    return EXIT.usage;
  }
  let store;
  try {
    store = await openStore(flags.store, { actor: flags.actor });
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    return usage(io, `Không mở được kho dữ liệu "${flags.store}": ${error.text.vi}`, `Cannot open the store "${flags.store}": ${error.text.en}`);
  }
  try {
    const results = await saveDataset(store, input.data, { expectedVersion: 'any' });
    const lines = COLLECTION_NAMES.filter((name) => results[name].created + results[name].updated > 0).map(
      (name) => `  ${name}: ${results[name].created} mới / new, ${results[name].updated} cập nhật / updated\n`,
    );
    io.stdout(`Đã nhập vào / Imported into ${flags.store}\n${lines.join('')}`);
    return EXIT.ok;
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`${error.text.vi} / ${error.text.en}\nKhông nhập gì vào kho dữ liệu / Nothing was written to the store\n`);
    return EXIT.usage;
  } finally {
    await store.close();
  }
}

export const registerImport: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  program
    .command('import')
    .description(
      'Nhập danh sách (CSV, XLSX hoặc JSON) vào kho dữ liệu, tất cả hoặc không gì cả.\n' +
        'Import lists (CSV, XLSX or JSON) into a store, all or nothing.',
    )
    .argument('<files...>', 'tệp danh sách / list files (.csv, .xlsx, .json)')
    .requiredOption('--store <store>', 'tệp SQLite hoặc postgres://... / a SQLite file or postgres://...')
    .option('--pack <id>', `bộ quy tắc của cuộc bầu cử / the election's rule pack (${PACK_IDS.join(' | ')})`, DEFAULT_PACK)
    .option('--election-day <date>', 'ngày bầu cử / election day (YYYY-MM-DD); mặc định theo bộ quy tắc / default: the pack\'s')
    .option('--actor <name>', 'người nhập, ghi vào nhật ký / who imports, for the audit log', 'ungcu import')
    .action(async (files: string[], flags: ImportFlags) => exit(await runImport(files, flags, io)));
};
