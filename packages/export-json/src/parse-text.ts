/**
 * A JSON text as a value, or the error that says where it stops being JSON (line and column), in both
 * languages.
 */
import { type ImportError, importError } from '@ungcu/core/export';
import { lineColumn, syntaxErrorOffset } from './json-locate';

export function parseJsonText(file: string, raw: string): { readonly text: string; readonly value: unknown } | ImportError {
  // A byte order mark is not JSON, but Windows editors write one; it carries no data.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') {
    return importError({ file, row: 0 }, 'empty-file', { vi: 'Tệp JSON rỗng.', en: 'The JSON file is empty.' });
  }
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    const offset = syntaxErrorOffset(text) ?? 0;
    const { line, column } = lineColumn(text, offset);
    const near = offset >= text.length ? { vi: 'tệp kết thúc giữa chừng', en: 'the file ends too early' } : { vi: `gặp ${JSON.stringify(text.slice(offset, offset + 20))}`, en: `found ${JSON.stringify(text.slice(offset, offset + 20))}` };
    return importError({ file, row: line }, 'unreadable-file', {
      vi: `Tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng ${line}, cột ${column} (${near.vi}).`,
      en: `The file is not valid JSON: syntax error at line ${line}, column ${column} (${near.en}).`,
    });
  }
}
