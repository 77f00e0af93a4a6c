/**
 * Every stable error code ungcu throws, with its area. A code never changes meaning once released; each has
 * a docs page at docs/reference/errors/<code>.md (a test checks both directions).
 */
export const ERROR_CODES = {
  'invalid-option': 'config',
  'invalid-entity': 'model',
  'missing-dependency': 'environment',
  'version-conflict': 'storage',
  'storage-failure': 'storage',
  'migration-failed': 'storage',
  'input-too-large': 'export',
  'illegal-transition': 'workflow',
  'access-denied': 'workflow',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export type ErrorArea = (typeof ERROR_CODES)[ErrorCode];

/** Where the docs live; one page per code, the slug equal to the code. */
export const ERRORS_DOCS_BASE_URL = 'https://github.com/ungcu/ungcu/blob/main/docs/reference/errors';

export function errorDocsUrl(code: ErrorCode): string {
  return `${ERRORS_DOCS_BASE_URL}/${code}.md`;
}
