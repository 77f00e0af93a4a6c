import { UngcuError, type BilingualText, type UngcuErrorOptions } from './ungcu-error';

/** A caller passed an option or configuration that cannot work (unknown rule pack, bad threshold...). */
export class ConfigError extends UngcuError {
  override readonly name: string = 'ConfigError';
  constructor(text: BilingualText, options?: UngcuErrorOptions) {
    super('invalid-option', text, options);
  }
}

/**
 * An entity handed to an API that requires valid data (a store's upsert, `parseEntity`) failed its schema.
 * Importers never throw this: they return row errors.
 */
export class ModelError extends UngcuError {
  override readonly name: string = 'ModelError';
  /** The zod issues, as data. */
  readonly issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[];
  constructor(
    text: BilingualText,
    issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[],
    options?: UngcuErrorOptions,
  ) {
    super('invalid-entity', text, options);
    this.issues = issues;
  }
}

/** An optional peer library (exceljs, pg, better-sqlite3...) is needed for this call and is not installed. */
export class MissingDependencyError extends UngcuError {
  override readonly name: string = 'MissingDependencyError';
  readonly packageName: string;
  constructor(packageName: string, feature: string, options?: UngcuErrorOptions) {
    super(
      'missing-dependency',
      {
        en: `${feature} needs the package "${packageName}". Install it: npm install ${packageName}`,
        vi: `${feature} cần gói "${packageName}". Hãy cài đặt: npm install ${packageName}`,
      },
      { ...options, details: { packageName, feature, ...options?.details } },
    );
    this.packageName = packageName;
  }
}

/**
 * An update carried an expected version that is no longer the stored one: someone else changed the entity
 * first. Nothing was written; reload, merge and retry.
 */
export class ConflictError extends UngcuError {
  override readonly name: string = 'ConflictError';
  readonly collection: string;
  readonly id: string;
  readonly expectedVersion: number | undefined;
  readonly actualVersion: number | undefined;
  constructor(
    collection: string,
    id: string,
    expectedVersion: number | undefined,
    actualVersion: number | undefined,
    options?: UngcuErrorOptions,
  ) {
    const expected = expectedVersion === undefined ? 'none (new entity)' : String(expectedVersion);
    const actual = actualVersion === undefined ? 'none (not stored)' : String(actualVersion);
    const expectedVi = expectedVersion === undefined ? 'không có (thực thể mới)' : String(expectedVersion);
    const actualVi = actualVersion === undefined ? 'không có (chưa lưu)' : String(actualVersion);
    super(
      'version-conflict',
      {
        en: `${collection} "${id}" was changed by someone else: expected version ${expected}, stored version ${actual}`,
        vi: `${collection} "${id}" đã bị người khác thay đổi: phiên bản mong đợi ${expectedVi}, phiên bản đang lưu ${actualVi}`,
      },
      { ...options, details: { collection, id, expectedVersion, actualVersion, ...options?.details } },
    );
    this.collection = collection;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

/** The store could not be opened, read or written (connection refused, file locked, disk full...). */
export class StorageError extends UngcuError {
  override readonly name: string = 'StorageError';
  constructor(text: BilingualText, options?: UngcuErrorOptions) {
    super('storage-failure', text, options);
  }
}

/** A schema migration of a SQL store failed; the transaction was rolled back and the database is unchanged. */
export class MigrationError extends UngcuError {
  override readonly name: string = 'MigrationError';
  constructor(text: BilingualText, options?: UngcuErrorOptions) {
    super('migration-failed', text, options);
  }
}

/** An input file is over a safety bound (size, rows, zip expansion ratio); it was not parsed. */
export class InputLimitError extends UngcuError {
  override readonly name: string = 'InputLimitError';
  constructor(text: BilingualText, options?: UngcuErrorOptions) {
    super('input-too-large', text, options);
  }
}

/**
 * A workflow step the rules do not allow: a jump between stages (proposed straight to official), a list made
 * official before two different people approved it, the same person approving twice. Nothing was written.
 */
export class TransitionError extends UngcuError {
  override readonly name: string = 'TransitionError';
  constructor(text: BilingualText, options?: UngcuErrorOptions) {
    super('illegal-transition', text, options);
  }
}

/** A read or write outside the caller's scope (an assessor asking for another assessor's case), refused by the SDK. */
export class AccessDeniedError extends UngcuError {
  override readonly name: string = 'AccessDeniedError';
  constructor(text: BilingualText, options?: UngcuErrorOptions) {
    super('access-denied', text, options);
  }
}
