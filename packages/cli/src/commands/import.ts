/**
 * `ungcu import <files...> --store <file.db | postgres://...>`: reads CSV, XLSX or JSON lists with the
 * importers and merges them into a store in one transaction (core's importIntoStore). All or nothing: an
 * input with errors is listed (file, row, column, in Vietnamese and English), exits 2 and leaves the store
 * exactly as it was. A corrected list updates the records it corrects and the summary says what changed,
 * field by field; `--dry-run` says it and writes nothing; `--mode replace` makes each constituency's list in
 * the files the whole list (a stored nominee it leaves out is marked removed, with a reason); `--strict`
 * refuses a file with warnings. Every warning is printed with its file, row and column.
 */
import type { Command } from 'commander';
import { isUngcuError } from '@ungcu/core/errors';
import type { ImportMode } from '@ungcu/core/export';
import { redactConnectionString } from '@ungcu/core/storage';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { progressBar } from '../progress';
import { openSession } from '../session';
import type { RegisterCommand } from './index';
import { usage } from './usage';
import { formatImportSummary } from './import-summary';
import { registerPackOptions, type PackFlags } from './pack-options';
import { csvReadOptions, registerReadOptions, type ReadFlags } from './read-flags';
import { readFiles } from './read-files';

interface ImportFlags extends ReadFlags, PackFlags {
  readonly store: string;
  readonly actor: string;
  readonly mode: string;
  readonly dryRun?: boolean;
  readonly removedReason?: string;
}

const MODES: readonly ImportMode[] = ['upsert', 'replace'];

export async function runImport(files: readonly string[], flags: ImportFlags, io: CliIo): Promise<number> {
  if (!(MODES as readonly string[]).includes(flags.mode)) {
    return usage(io, `--mode phải là một trong ${MODES.join(', ')}`, `--mode must be one of ${MODES.join(', ')}`);
  }
  const csv = csvReadOptions(flags);
  if (!csv.ok) return usage(io, csv.message.vi, csv.message.en);
  const opened = await openSession(flags, { store: flags.store, actor: flags.actor, csv: csv.options });
  if (!opened.ok) return usage(io, opened.message.vi, opened.message.en);
  const { ungcu } = opened.session;
  // The store's name as printed: a PostgreSQL URL without its password.
  const storeName = redactConnectionString(flags.store);
  const data = await readFiles(opened.session, files, flags.strict === true, io);
  if (data === undefined) {
    io.stderr('Không nhập gì vào kho dữ liệu / Nothing was written to the store\n');
    return EXIT.usage;
  }
  try {
    await ungcu.store();
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    return usage(io, `Không mở được kho dữ liệu "${storeName}": ${error.text.vi}`, `Cannot open the store "${storeName}": ${error.text.en}`);
  }
  const bar = progressBar('Đang lưu / Saving', io.progress);
  try {
    const summary = await ungcu
      .save(data, {
        mode: flags.mode as ImportMode,
        dryRun: flags.dryRun === true,
        actor: flags.actor,
        ...(flags.removedReason === undefined ? {} : { removedReason: flags.removedReason }),
        ...(bar === undefined ? {} : { onProgress: bar.update }),
      })
      .finally(() => bar?.stop());
    io.stdout(formatImportSummary(summary, storeName));
    return EXIT.ok;
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`${error.text.vi} / ${error.text.en}\nKhông nhập gì vào kho dữ liệu / Nothing was written to the store\n`);
    return EXIT.usage;
  } finally {
    await ungcu.close();
  }
}

export const registerImport: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('import')
    .description(
      'Nhập danh sách (CSV, XLSX hoặc JSON) vào kho dữ liệu, nếu có lỗi thì không nhập tệp nào; danh sách sửa lại cập nhật bản ghi đã có.\n' +
        'Import lists (CSV, XLSX or JSON) into a store; if any file has an error, no file is imported; a corrected list updates the stored records.',
    )
    .argument('<files...>', 'tệp danh sách / list files (.csv, .xlsx, .json)')
    .requiredOption('--store <store>', 'tệp SQLite hoặc postgres://... / a SQLite file or postgres://...')
    .option('--actor <name>', 'người nhập, ghi vào nhật ký / who imports, for the audit log', 'ungcu import')
    .option(
      '--mode <mode>',
      'upsert: thêm và sửa / add and update; replace: danh sách của mỗi đơn vị bầu cử trong tệp thay cho danh sách trong kho / each constituency\'s list in the files replaces the stored one',
      'upsert',
    )
    .option('--dry-run', 'chỉ in các thay đổi, không ghi gì / print the changes, write nothing')
    .option('--removed-reason <text>', 'lý do ghi cho người bị xóa tên ở chế độ replace / the reason written on nominees replace marks removed');
  registerPackOptions(command);
  registerReadOptions(command);
  command.action(async (files: string[], flags: ImportFlags) => exit(await runImport(files, flags, io)));
};
