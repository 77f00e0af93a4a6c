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
