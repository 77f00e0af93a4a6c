import { type ErrorArea, type ErrorCode, ERROR_CODES, errorDocsUrl } from './codes';

/** Text of an error in both languages ungcu speaks. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

export interface UngcuErrorOptions {
  readonly cause?: unknown;
  /** Machine-readable context (entity ids, versions, file names) for logs and callers. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The base of every error ungcu throws. Thrown errors are for programmer and environment faults only; bad
 * input data comes back as data (import errors, integrity problems, findings), never as an exception.
 *
 * `message` is the English text followed by the Vietnamese text and ends with the docs URL of the code, so a
 * stack trace in a log is enough to find the fix.
 */
export class UngcuError extends Error {
  override readonly name: string = 'UngcuError';
  readonly code: ErrorCode;
  readonly area: ErrorArea;
  readonly text: BilingualText;
  readonly docsUrl: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, text: BilingualText, options: UngcuErrorOptions = {}) {
    const docsUrl = errorDocsUrl(code);
    super(`${text.en} / ${text.vi} (${code}) ${docsUrl}`, options.cause === undefined ? {} : { cause: options.cause });
    this.code = code;
    this.area = ERROR_CODES[code];
    this.text = text;
    this.docsUrl = docsUrl;
    this.details = options.details ?? {};
  }

  /** The message in one language, with the docs URL. */
  localized(locale: 'vi' | 'en'): string {
    return `${this.text[locale]} (${this.code}) ${this.docsUrl}`;
  }
}

/** Type guard that also works across duplicated copies of the package (checks the shape, not the class). */
export function isUngcuError(value: unknown): value is UngcuError {
  return (
    value instanceof UngcuError ||
    (value instanceof Error &&
      typeof (value as Partial<UngcuError>).code === 'string' &&
      (value as Partial<UngcuError>).code! in ERROR_CODES &&
      typeof (value as Partial<UngcuError>).docsUrl === 'string')
  );
}
