/**
 * Reads the data of a command: list files through the session's `importFiles()`, printing what stops them
 * (every warning, then the errors), or one election from the session's store. The one place `import`,
 * `validate` and `export` read their input.
 */
import type { Dataset } from '@ungcu/core';
import { ConfigError, isUngcuError } from '@ungcu/core/errors';
import { redactConnectionString } from '@ungcu/core/storage';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openSession, type Session, type SessionFlags } from '../session';
import { formatProblems, formatWarnings } from './problems';
import { ID_COLUMNS, readTable, type Table } from './read-table';
import { usage } from './usage';

export async function readFiles(session: Session, files: readonly string[], strict: boolean, io: CliIo): Promise<Dataset | undefined> {
  try {
    const { data, errors, warnings } = await session.ungcu.importFiles(files, { pack: session.pack.id, strict });
    io.stderr(formatWarnings(warnings));
    if (errors.length === 0) return data;
    io.stderr(formatProblems(errors));
    return undefined;
  } catch (error) {
    // A call that cannot work (no importer for the extension, files of two formats): said once, exit 2.
    if (!(error instanceof ConfigError)) throw error;
    if (error.details?.['kind'] === 'importer') {
      // The SDK's message speaks to programmers (createUngcu); a CLI user adds importers in ungcu.config.ts.
      const id = String(error.details['id']);
      io.stderr(
        `${files.join(', ')}: không đọc được tệp .${id} (đọc được .csv, .tsv, .xlsx, .json; bộ nhập khác khai báo trong ungcu.config.ts) / ` +
          `cannot read .${id} files (readable: .csv, .tsv, .xlsx, .json; add other importers in ungcu.config.ts) [unreadable-file]\n`,
      );
      return undefined;
    }
    io.stderr(`${files.join(', ')}: ${error.text.vi} / ${error.text.en}\n`);
    return undefined;
  }
}

/**
 * One election from the session's store (default: the pack's election), or undefined after saying why on
 * stderr; the store is closed after. Commands that only read open it read-only (see openSession).
 */
export async function loadFromStore(session: Session, spec: string, electionId: string | undefined, io: CliIo): Promise<Dataset | undefined> {
  const name = redactConnectionString(spec);
  const { ungcu } = session;
  try {
    await ungcu.store();
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`Không mở được kho dữ liệu "${name}": ${error.text.vi} / Cannot open the store "${name}": ${error.text.en}\n`);
    return undefined;
  }
  const id = electionId ?? ungcu.election({ pack: session.pack.id }).id ?? '';
  try {
    const data = await ungcu.load(id);
    if (data === undefined) {
      io.stderr(
        `Kho dữ liệu "${name}" không có cuộc bầu cử "${id}" (dùng --election) / ` +
          `The store "${name}" has no election "${id}" (use --election)\n`,
      );
    }
    return data;
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`Không đọc được kho dữ liệu "${name}": ${error.text.vi} / Cannot read the store "${name}": ${error.text.en}\n`);
    return undefined;
  } finally {
    await ungcu.close();
  }
}

/**
 * The input of `apportion` and `plan`: one CSV table with an id column, else lists in the official layout read
 * as `import` reads them (through a session, whose pack derives the model's attributes). A number is the exit
 * code after saying why on stderr.
 */
export async function readTableOrLists(
  files: readonly string[],
  flags: SessionFlags,
  io: CliIo,
): Promise<{ readonly table: Table } | { readonly lists: Dataset; readonly session: Session } | number> {
  const [first] = files;
  if (files.length === 1 && first !== undefined && /\.(csv|tsv|txt)$/iu.test(first)) {
    const table = await readTable(first);
    if (ID_COLUMNS.some((c) => table.columns.includes(c))) return { table };
  }
  const opened = await openSession(flags);
  if (!opened.ok) return usage(io, opened.message.vi, opened.message.en);
  const lists = await readFiles(opened.session, files, false, io);
  return lists === undefined ? EXIT.usage : { lists, session: opened.session };
}
