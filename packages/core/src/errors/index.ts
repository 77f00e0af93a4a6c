export { ERROR_CODES, ERRORS_DOCS_BASE_URL, errorDocsUrl, type ErrorArea, type ErrorCode } from './codes';
export { UngcuError, isUngcuError, type BilingualText, type UngcuErrorOptions } from './ungcu-error';
export {
  AccessDeniedError,
  ConfigError,
  ConflictError,
  InputLimitError,
  MigrationError,
  MissingDependencyError,
  ModelError,
  StorageError,
  TransitionError,
} from './classes';
