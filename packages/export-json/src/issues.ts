/**
 * zod issues as import errors people can act on: the file, the line the value starts on, its JSON path, the
 * entity it belongs to, what was found and what the model wants, in Vietnamese and English. zod's own
 * messages are English only, so each kind of issue the model can raise has its text here in both languages;
 * anything else keeps zod's text.
 */
import { type CollectionName, ENTITY_NAMES, type LocalizedText } from '@ungcu/core';
import { type ImportError, type ImportErrorCode, importError } from '@ungcu/core/export';
import { jsonPath, lineColumn, offsetOfPath } from './json-locate';

/** The zod issue fields read here (zod/mini's `$ZodIssue`, structurally). */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly format?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}

/** Entity names in Vietnamese, by collection, as the glossary has them. */
const ENTITY_NAMES_VI: Readonly<Record<CollectionName, string>> = {
  elections: 'Cuộc bầu cử',
  bodies: 'Cơ quan được bầu',
  administrativeUnits: 'Đơn vị hành chính',
  constituencies: 'Đơn vị bầu cử',
  nominatingOrganizations: 'Cơ quan, tổ chức, đơn vị giới thiệu',
  nominees: 'Người được giới thiệu ứng cử',
  structurePlans: 'Dự kiến cơ cấu, thành phần',
  consultationRounds: 'Hội nghị hiệp thương',
  vettingCases: 'Hồ sơ thẩm tra, thẩm định',
  workProgrammes: 'Chương trình công tác',
  proposals: 'Đề án',
};

const TYPE_WORDS: Readonly<Record<string, LocalizedText>> = {
  string: { vi: 'chuỗi văn bản', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'danh sách (mảng JSON)', en: 'a list (JSON array)' },
  object: { vi: 'đối tượng JSON', en: 'a JSON object' },
  null: { vi: 'null', en: 'null' },
  record: { vi: 'đối tượng JSON', en: 'a JSON object' },
};

const typeWords = (t: unknown): LocalizedText => TYPE_WORDS[String(t)] ?? { vi: String(t), en: String(t) };

/** The kind of value found, in both languages. */
function foundWords(value: unknown): LocalizedText {
  if (value === null) return TYPE_WORDS['null']!;
  if (Array.isArray(value)) return TYPE_WORDS['array']!;
  if (typeof value === 'number') return { vi: `số ${value}`, en: `the number ${value}` };
  if (typeof value === 'string') return { vi: `chuỗi ${quote(value)}`, en: `the text ${quote(value)}` };
  return typeWords(typeof value);
}

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

const FORMAT_WORDS: Readonly<Record<string, LocalizedText>> = {
  date: { vi: 'ngày hợp lệ dạng YYYY-MM-DD (năm-tháng-ngày)', en: 'a valid date written YYYY-MM-DD' },
  url: { vi: 'địa chỉ URL hợp lệ', en: 'a valid URL' },
  regex: { vi: 'đúng mẫu quy định', en: 'in the required pattern' },
};

interface Rendered {
  readonly code: ImportErrorCode;
  readonly text: LocalizedText;
}

function render(issue: ZodIssueLike, present: boolean, value: unknown): Rendered {
  const { code } = issue;
  if (code === 'invalid_type') {
    const want = typeWords(issue.expected);
    if (!present) return { code: 'required-value', text: { vi: `thiếu giá trị bắt buộc (${want.vi})`, en: `a required value is missing (${want.en})` } };
    const got = foundWords(value);
    return {
      code: issue.expected === 'number' || issue.expected === 'int' ? 'invalid-number' : 'invalid-field',
      text: { vi: `cần ${want.vi}, nhưng gặp ${got.vi}`, en: `expected ${want.en}, found ${got.en}` },
    };
  }
  if (code === 'too_small' || code === 'too_big') {
    const small = code === 'too_small';
    const bound = String(small ? issue.minimum : issue.maximum);
    if (issue.origin === 'string') {
      if (small && bound === '1') return { code: 'required-value', text: { vi: 'không được để trống', en: 'must not be empty' } };
      return small
        ? { code: 'invalid-field', text: { vi: `phải có ít nhất ${bound} ký tự`, en: `must have at least ${bound} characters` } }
        : { code: 'invalid-field', text: { vi: `dài quá ${bound} ký tự`, en: `is longer than ${bound} characters` } };
    }
    if (issue.origin === 'array') {
      return small
        ? { code: 'invalid-field', text: { vi: `phải có ít nhất ${bound} phần tử`, en: `must have at least ${bound} items` } }
        : { code: 'invalid-field', text: { vi: `có quá ${bound} phần tử`, en: `has more than ${bound} items` } };
    }
    const op = small ? (issue.inclusive === false ? '>' : '≥') : issue.inclusive === false ? '<' : '≤';
    return { code: 'invalid-number', text: { vi: `phải ${op} ${bound}, nhưng là ${String(value)}`, en: `must be ${op} ${bound}, but is ${String(value)}` } };
  }
  if (code === 'invalid_format') {
    const want = FORMAT_WORDS[issue.format ?? ''] ?? { vi: `đúng định dạng ${issue.format ?? ''}`, en: `in the ${issue.format ?? ''} format` };
    const got = foundWords(value);
    return { code: issue.format === 'date' ? 'invalid-date' : 'invalid-field', text: { vi: `${got.vi} không phải ${want.vi}`, en: `${got.en} is not ${want.en}` } };
  }
  if (code === 'invalid_value') {
    const allowed = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
    const got = foundWords(value);
    return { code: 'invalid-value', text: { vi: `${got.vi} không thuộc các giá trị cho phép: ${allowed}`, en: `${got.en} is not one of the allowed values: ${allowed}` } };
  }
  if (code === 'unrecognized_keys') {
    const keys = (issue.keys ?? []).join(', ');
    return { code: 'invalid-field', text: { vi: `có trường không thuộc mô hình: ${keys}`, en: `has fields the model does not have: ${keys}` } };
  }
  return { code: 'invalid-field', text: { vi: `giá trị không hợp lệ (${issue.message})`, en: `invalid value (${issue.message})` } };
}

/** The value at a path, and whether it is there at all (a missing field and a null are different faults). */
function valueAt(root: unknown, path: readonly PropertyKey[]): { readonly present: boolean; readonly value: unknown } {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return { present: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return { present: node !== undefined, value: node };
}

/** Where a dataset path is in the file that was read: the same path for a dataset file, another for Popolo. */
export type PlaceInFile = (datasetPath: readonly PropertyKey[]) => readonly PropertyKey[];

export interface IssueSource {
  /** The file's name, for the error. */
  readonly file: string;
  /** The file's text, to find the line a value is on; absent for a value handed over in memory. */
  readonly text?: string;
  /** The dataset input that was parsed (the file itself, for a dataset file). */
  readonly input: unknown;
  readonly place: PlaceInFile;
}

/** Each zod issue as a located, bilingual import error. */
export function issueErrors(source: IssueSource, issues: readonly ZodIssueLike[]): ImportError[] {
  return issues.map((issue) => {
    const { present, value } = valueAt(source.input, issue.path);
    const rendered = render(issue, present, value);
    const filePath = source.place(issue.path);
    const at = source.text === undefined ? undefined : lineColumn(source.text, offsetOfPath(source.text, filePath));
    const [collection, index] = issue.path;
    const entityName = typeof collection === 'string' && Object.hasOwn(ENTITY_NAMES, collection) ? (collection as CollectionName) : undefined;
    const field = issue.path.slice(2).map(String).join('.');
    let where: LocalizedText = { vi: jsonPath(issue.path), en: jsonPath(issue.path) };
    if (entityName !== undefined && typeof index === 'number') {
      const id = valueAt(source.input, [collection!, index, 'id']).value;
      const idText = typeof id === 'string' ? ` ${quote(id)}` : ` #${index + 1}`;
      const entity: LocalizedText = { vi: ENTITY_NAMES_VI[entityName], en: ENTITY_NAMES[entityName] };
      where = {
        vi: `${entity.vi}${idText}${field === '' ? '' : `, trường ${field}`}`,
        en: `${entity.en}${idText}${field === '' ? '' : `, field ${field}`}`,
      };
    }
    const shown = present && value !== null && typeof value !== 'object' ? String(value) : undefined;
    return importError(
      { file: source.file, row: at?.line ?? 0 },
      rendered.code,
      {
        vi: `${where.vi}${at === undefined ? '' : ` (dòng ${at.line}, cột ${at.column})`}: ${rendered.text.vi}`,
        en: `${where.en}${at === undefined ? '' : ` (line ${at.line}, column ${at.column})`}: ${rendered.text.en}`,
      },
      { column: { header: jsonPath(filePath) }, ...(shown === undefined ? {} : { value: shown.length > 200 ? `${shown.slice(0, 200)}…` : shown }) },
    );
  });
}
