import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  ERROR_CODES,
  errorDocsUrl,
  isUngcuError,
  MissingDependencyError,
  ModelError,
  UngcuError,
} from '../src/errors/index';
import { parseEntity } from '../src/index';

const docsDir = new URL('../../../docs/reference/errors/', import.meta.url);

describe('UngcuError', () => {
  it('carries a stable code, its area, the cause and both languages; the message ends with the docs URL', () => {
    const cause = new Error('boom');
    const error = new ConfigError({ en: 'Unknown rule pack "vn-2030"', vi: 'Không có bộ quy tắc "vn-2030"' }, { cause });
    expect(error).toBeInstanceOf(UngcuError);
    expect(error.code).toBe('invalid-option');
    expect(error.area).toBe('config');
    expect(error.cause).toBe(cause);
    expect(error.message.endsWith(errorDocsUrl('invalid-option'))).toBe(true);
    expect(error.message).toContain('Unknown rule pack');
    expect(error.message).toContain('Không có bộ quy tắc');
    expect(error.localized('vi')).toMatch(/^Không có bộ quy tắc "vn-2030" \(invalid-option\) https:/);
    expect(isUngcuError(error)).toBe(true);
    expect(isUngcuError(new Error('x'))).toBe(false);
  });

  it('names the package to install when an optional dependency is missing', () => {
    const error = new MissingDependencyError('exceljs', 'XLSX export');
    expect(error.message).toContain('npm install exceljs');
    expect(error.text.vi).toContain('cần gói "exceljs"');
    expect(error.details).toMatchObject({ packageName: 'exceljs' });
  });

  it('parseEntity throws a ModelError listing every issue, naming the entity', () => {
    let caught: unknown;
    try {
      parseEntity('nominees', { id: 'x-1', person: { fullName: '' }, nomination: {} });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelError);
    const error = caught as ModelError;
    expect(error.code).toBe('invalid-entity');
    expect(error.message).toContain('Nominee "x-1"');
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['person.fullName', 'person.dateOfBirth', 'nomination.bodyId', 'nomination.stage']),
    );
  });

  it('has one docs page per code, and no page without a code', () => {
    const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const code of Object.keys(ERROR_CODES)) expect(existsSync(new URL(`${code}.md`, docsDir))).toBe(true);
  });
});
