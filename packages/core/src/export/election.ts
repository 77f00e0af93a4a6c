/**
 * The election an import belongs to, checked once, before any file is read. A bad election day or an empty
 * rule pack id is a fault of the call, not of any file: reporting it as an import error of each file (nine
 * errors for the nine 2021 files) or of no file (a schema error with an empty file name) hid the one thing
 * to fix. So it is one ConfigError, naming every problem at once, in both languages.
 */
import { ConfigError } from '../errors/classes';
import { Election } from '../model/election';
import { ensureZodMessages } from '../model/messages';
import { formatDayFirstDate, isIsoDate } from '../text/dates';
import type { ImportElection } from './ports';

/** "Bầu cử đại biểu Quốc hội khóa XV" with a term, else "Cuộc bầu cử ngày 23/05/2021". */
export function defaultElectionName(election: ImportElection): string {
  return election.term === undefined
    ? `Cuộc bầu cử ngày ${formatDayFirstDate(election.electionDay)}`
    : `Bầu cử đại biểu Quốc hội khóa ${election.term}`;
}

/** The Election entity an import creates: id and name default from the day and the term. */
export function importedElection(input: ImportElection): Election {
  return {
    id: input.id ?? `election-${input.electionDay}`,
    name: input.name ?? defaultElectionName(input),
    electionDay: input.electionDay,
    rulePack: input.rulePack,
  };
}

export interface ElectionNeeds {
  /** A file to import does not state the term (the official list): `election.term` must be given. */
  readonly term?: boolean;
}

type Problem = { readonly vi: string; readonly en: string };

/** The problems of the election given, each in both languages (none: it can be imported into). */
function problemsOf(election: ImportElection | undefined, needs: ElectionNeeds): Problem[] {
  if (election === undefined || election === null || typeof election !== 'object') {
    return [
      {
        en: 'options.election is missing: pass the election the files belong to, e.g. pack.election() or pack.election("2021-05-23")',
        vi: 'thiếu options.election: hãy truyền cuộc bầu cử của các tệp, ví dụ pack.election() hoặc pack.election("2021-05-23")',
      },
    ];
  }
  const problems: Problem[] = [];
  const day = election.electionDay as unknown;
  if (typeof day !== 'string' || !isIsoDate(day)) {
    problems.push({
      en: `electionDay must be a real date written YYYY-MM-DD, got ${JSON.stringify(day)}`,
      vi: `electionDay phải là một ngày có thật, viết dạng YYYY-MM-DD; nhận được ${JSON.stringify(day)}`,
    });
  }
  const pack = election.rulePack as unknown;
  if (typeof pack !== 'string' || pack.trim() === '') {
    problems.push({
      en: 'rulePack is empty: name the rule pack the election is checked against, e.g. "vn-2021"',
      vi: 'rulePack để trống: hãy ghi bộ quy tắc dùng để kiểm tra cuộc bầu cử, ví dụ "vn-2021"',
    });
  }
  if (needs.term === true && (election.term === undefined || election.term.trim() === '')) {
    problems.push({
      en: 'term is missing: the official list does not print the National Assembly term, pass election.term (e.g. "XV"; pack.election() gives it)',
      vi: 'thiếu term: danh sách chính thức không ghi khóa Quốc hội, hãy truyền election.term (ví dụ "XV"; pack.election() có sẵn)',
    });
  }
  if (problems.length > 0) return problems;
  // Anything else the Election entity would refuse (an id or a name too long...), said here rather than as an
  // import error with no file.
  ensureZodMessages();
  const parsed = Election.safeParse(importedElection(election));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      problems.push({ en: `${path}: ${issue.message}`, vi: `${path}: ${issue.message}` });
    }
  }
  return problems;
}

/**
 * Checks the election of an import and returns it; throws one ConfigError listing every problem. Call it
 * before reading any file, and again with `{ term: true }` when a file turns out to need the term.
 */
export function checkImportElection(election: ImportElection | undefined, needs: ElectionNeeds = {}): ImportElection {
  const problems = problemsOf(election, needs);
  if (problems.length === 0) return election!;
  throw new ConfigError(
    {
      en: `The election of the import cannot be used: ${problems.map((p) => p.en).join('; ')}`,
      vi: `Không dùng được cuộc bầu cử của lần nhập: ${problems.map((p) => p.vi).join('; ')}`,
    },
    { details: { problems: problems.map((p) => p.en) } },
  );
}
