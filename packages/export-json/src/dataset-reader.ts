/**
 * ungcu's dataset file in: the format version is checked before anything else (a file from a newer ungcu
 * is refused, not half-read), then the whole file is parsed with core's `Dataset` schema. Every zod issue
 * becomes a located error; fields the model does not have become warnings, so a typo loses nothing
 * silently.
 */
import { COLLECTION_NAMES, Dataset, ensureZodMessages } from '@ungcu/core';
import { type ImportError, importError } from '@ungcu/core/export';
import { droppedFields } from './dropped-fields';
import { DATASET_FORMAT_VERSION, READABLE_FORMAT_VERSIONS } from './format';
import { issueErrors } from './issues';
import { jsonPath, lineColumn, offsetOfPath } from './json-locate';

export interface DocumentRead {
  /** Absent when the file has errors: a file is read whole or not at all. */
  readonly data?: Dataset;
  readonly errors: readonly ImportError[];
  readonly warnings: readonly ImportError[];
}

const MEMBERS = new Set<string>(['formatVersion', '$schema', ...COLLECTION_NAMES]);

/** An error at a path of the file, located by line (row 0 for a value handed over in memory). */
export function errorAt(
  file: string,
  text: string | undefined,
  path: readonly PropertyKey[],
  code: ImportError['code'],
  message: { readonly vi: string; readonly en: string },
  value?: string,
): ImportError {
  const row = text === undefined ? 0 : lineColumn(text, offsetOfPath(text, path)).line;
  return importError({ file, row }, code, message, { column: { header: jsonPath(path) }, ...(value === undefined ? {} : { value }) });
}

/** Whether the file's formatVersion is one this package reads; the error that says why not otherwise. */
function checkVersion(file: string, text: string, version: unknown, acceptUnversioned: boolean): ImportError | undefined {
  if (version === undefined) {
    if (acceptUnversioned) return undefined;
    return errorAt(file, text, [], 'required-value', {
      vi: `Tệp thiếu trường "formatVersion" (phiên bản định dạng tệp dữ liệu ungcu, hiện là ${DATASET_FORMAT_VERSION}); không biết đọc tệp theo phiên bản nào. Tệp do datasetJsonExporter() ghi luôn có trường này.`,
      en: `The file has no "formatVersion" (the version of ungcu's dataset file format, currently ${DATASET_FORMAT_VERSION}), so there is no knowing how to read it. Files written by datasetJsonExporter() always have it.`,
    });
  }
  if (typeof version === 'number' && READABLE_FORMAT_VERSIONS.includes(version)) return undefined;
  const shown = JSON.stringify(version);
  const newer = typeof version === 'number' && Number.isInteger(version) && version > DATASET_FORMAT_VERSION;
  const readable = READABLE_FORMAT_VERSIONS.join(', ');
  return errorAt(
    file,
    text,
    ['formatVersion'],
    'invalid-value',
    newer
      ? {
          vi: `Trường "formatVersion" là ${shown}: tệp được ghi bằng phiên bản ungcu mới hơn; phiên bản @ungcu/export-json này chỉ đọc được định dạng ${readable}. Hãy cập nhật @ungcu/export-json.`,
          en: `Field "formatVersion" is ${shown}: the file was written by a newer ungcu; this @ungcu/export-json reads format ${readable} only. Update @ungcu/export-json.`,
        }
      : {
          vi: `Trường "formatVersion" là ${shown}, không phải phiên bản định dạng nào đã biết (đọc được: ${readable}).`,
          en: `Field "formatVersion" is ${shown}, which is no known format version (readable: ${readable}).`,
        },
    shown,
  );
}

export function readDatasetDocument(
  file: string,
  text: string,
  document: Record<string, unknown>,
  acceptUnversioned: boolean,
): DocumentRead {
  const versionError = checkVersion(file, text, document['formatVersion'], acceptUnversioned);
  if (versionError !== undefined) return { errors: [versionError], warnings: [] };
  const { formatVersion: _version, $schema: _schema, ...collections } = document;
  ensureZodMessages();
  const parsed = Dataset.safeParse(collections);
  if (!parsed.success) {
    return { errors: issueErrors({ file, text, input: collections, place: (path) => path }, parsed.error.issues), warnings: [] };
  }
  const warnings = droppedFields(document, { ...parsed.data, formatVersion: 1, $schema: '' }).map((path) => {
    const top = path.length === 1;
    const name = String(path[path.length - 1]);
    return errorAt(
      file,
      text,
      path,
      'unknown-column',
      top && !MEMBERS.has(name)
        ? {
            vi: `Tệp có mục "${name}" không thuộc tệp dữ liệu ungcu; đã bỏ qua (có phải gõ nhầm tên một danh sách?).`,
            en: `The file has a member "${name}" that ungcu dataset files do not have; ignored (a misspelt collection name?).`,
          }
        : {
            vi: `Trường "${name}" (${jsonPath(path)}) không thuộc mô hình dữ liệu; đã bỏ qua.`,
            en: `Field "${name}" (${jsonPath(path)}) is not part of the model; ignored.`,
          },
    );
  });
  return { data: parsed.data, errors: [], warnings };
}
