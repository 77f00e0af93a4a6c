/**
 * Reads the files of a command through the session's `importFiles()` and prints what stops them: every
 * warning, then the errors (exit 2). The one place `import`, `validate` and `export` read list files.
 */
import type { Dataset } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import type { CliIo } from '../io';
import type { Session } from '../session';
import { formatProblems, formatWarnings } from './problems';

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
