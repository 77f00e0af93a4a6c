import { ConfigError } from '@ungcu/core/errors';

export interface JsonWriteOptions {
  /**
   * Spaces per level, 0 to 10 (what `JSON.stringify` accepts). Default 2: a file people read and diff. 0
   * writes no whitespace at all, about a third smaller.
   */
  readonly indent?: number;
}

/** The indent to write with; a value `JSON.stringify` would silently change is refused. */
export function checkIndent(options: JsonWriteOptions): number {
  const indent = options.indent ?? 2;
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new ConfigError({
      en: `indent must be a whole number from 0 to 10, not ${String(indent)}`,
      vi: `indent phải là số nguyên từ 0 đến 10, không phải ${String(indent)}`,
    });
  }
  return indent;
}
