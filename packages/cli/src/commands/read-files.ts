/**
 * Reads the data of a command: list files through the session's `importFiles()`, printing what stops them
 * (every warning, then the errors), or one election from the session's store. The one place `import`,
 * `validate` and `export` read their input.
 */
import type { Dataset, Election, RulePack } from '@ungcu/core';
import { ConfigError, isUngcuError } from '@ungcu/core/errors';
import type { ImportProgress } from '@ungcu/core/export';
import { redactConnectionString, type Store } from '@ungcu/core/storage';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { progressBar, progressCounter } from '../progress';
import { openSession, type Session, type SessionFlags } from '../session';
import { formatProblems, formatWarnings } from './problems';
import { ID_COLUMNS, readTable, type Table } from './read-table';
import { usage } from './usage';

export async function readFiles(session: Session, files: readonly string[], strict: boolean, io: CliIo): Promise<Dataset | undefined> {
  // Rows read, summed over the files, on a terminal only (see progressCounter).
  const counter = progressCounter('Đang đọc / Reading', { vi: 'dòng', en: 'rows' }, io.progress);
  const rows = new Map<string, number>();
  const onProgress = ({ file, rows: read }: ImportProgress): void => {
    rows.set(file, read);
    counter?.update([...rows.values()].reduce((a, b) => a + b, 0));
  };
  try {
    const { data, errors, warnings } = await session.ungcu
      .importFiles(files, { pack: session.pack.id, strict, ...(counter === undefined ? {} : { onProgress }) })
      .finally(() => counter?.stop());
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

/** What a command read from a store: the election's data and the pack to check it under. */
export interface StoredElection {
  readonly data: Dataset;
  readonly pack: RulePack;
}

/** "  election-2021-05-23: Bầu cử ..., 2021-05-23 (vn-2021)", one line per stored election. */
const electionLines = (elections: readonly Election[]): string =>
  elections.map((e) => `  ${e.id}: ${e.name}, ${e.electionDay} (${e.rulePack})\n`).join('');

/**
 * Which stored election a command means: `--election`, else the store's only one. With none, or several and
 * no `--election`, or an id the store does not hold, undefined after saying why and listing what is stored.
 */
export async function chooseElection(store: Store, name: string, electionId: string | undefined, io: CliIo): Promise<Election | undefined> {
  if (electionId !== undefined) {
    const chosen = await store.elections.get(electionId);
    if (chosen !== undefined) return chosen;
  }
  const stored = await store.elections.list();
  if (electionId === undefined && stored.length === 1) return stored[0];
  if (stored.length === 0) {
    const asked = electionId === undefined ? '' : `Kho dữ liệu "${name}" không có cuộc bầu cử "${electionId}". `;
    const askedEn = electionId === undefined ? '' : `The store "${name}" has no election "${electionId}". `;
    io.stderr(
      `${asked}Kho dữ liệu "${name}" chưa có cuộc bầu cử nào (nhập bằng ungcu import) / ` +
        `${askedEn}The store "${name}" holds no election yet (import one with ungcu import)\n`,
    );
  } else if (electionId === undefined) {
    io.stderr(
      `Kho dữ liệu "${name}" có ${stored.length} cuộc bầu cử, hãy chọn một bằng --election / ` +
        `The store "${name}" holds ${stored.length} elections: choose one with --election\n${electionLines(stored)}`,
    );
  } else {
    io.stderr(
      `Kho dữ liệu "${name}" không có cuộc bầu cử "${electionId}" (dùng --election với một trong các mã dưới đây) / ` +
        `The store "${name}" has no election "${electionId}" (use --election with one of these)\n${electionLines(stored)}`,
    );
  }
  return undefined;
}

/**
 * The pack to check a stored election under: --pack when given, else the one the election names (an election
 * saved under vn-2021 is not checked against another pack's rules by default). Undefined, after saying why,
 * when the election names a pack this session does not have.
 */
function packOf(session: Session, election: Election, packGiven: boolean, io: CliIo): RulePack | undefined {
  if (packGiven) return session.pack;
  const pack = session.ungcu.packs.find((p) => p.id === election.rulePack);
  if (pack !== undefined) return pack;
  const known = session.ungcu.packs.map((p) => p.id).join(', ');
  io.stderr(
    `Cuộc bầu cử "${election.id}" dùng bộ quy tắc "${election.rulePack}", chưa được nạp (có: ${known}); dùng --pack / ` +
      `The election "${election.id}" names the rule pack "${election.rulePack}", which is not loaded (loaded: ${known}); use --pack\n`,
  );
  return undefined;
}

/**
 * One election from the session's store and its pack (see chooseElection and packOf), or undefined after
 * saying why on stderr; the store is closed after. Commands that only read open it read-only (see openSession).
 */
export async function loadFromStore(
  session: Session,
  spec: string,
  electionId: string | undefined,
  packGiven: boolean,
  io: CliIo,
): Promise<StoredElection | undefined> {
  const name = redactConnectionString(spec);
  const { ungcu } = session;
  let store: Store;
  try {
    store = await ungcu.store();
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`Không mở được kho dữ liệu "${name}": ${error.text.vi} / Cannot open the store "${name}": ${error.text.en}\n`);
    return undefined;
  }
  try {
    const election = await chooseElection(store, name, electionId, io);
    const pack = election === undefined ? undefined : packOf(session, election, packGiven, io);
    if (election === undefined || pack === undefined) return undefined;
    // Records read, on a terminal only: a national store takes seconds to load.
    const bar = progressBar('Đang tải / Loading', io.progress);
    const data = await ungcu.load(election.id, bar === undefined ? {} : { onProgress: bar.update }).finally(() => bar?.stop());
    if (data === undefined) {
      // Deleted between the two reads by another process: said as for an unknown id, with what is left.
      await chooseElection(store, name, election.id, io);
      return undefined;
    }
    return { data, pack };
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
