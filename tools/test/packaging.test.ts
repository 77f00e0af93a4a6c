/**
 * What each published package.json and folder must hold for the registry: the LICENSE (the root one, word for
 * word), where the code and the issues live, and src/ next to dist/ (the source maps point to it and the
 * `@ungcu/source` condition of `exports` names it; docs/architecture.md, "Packaging").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const license = readFileSync(join(root, 'LICENSE'), 'utf8');
const published = readdirSync(join(root, 'packages'))
  .filter((folder) => existsSync(join(root, 'packages', folder, 'package.json')))
  .map((folder) => ({ folder, pkg: JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => pkg.private !== true);

describe('published package manifests', () => {
  it('cover every package folder', () => {
    expect(published.length).toBeGreaterThanOrEqual(8);
  });

  it.each(published)('$folder ships the root LICENSE', ({ folder }) => {
    const path = join(root, 'packages', folder, 'LICENSE');
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(license);
  });

  it.each(published)('$folder names its repository folder, homepage and issue tracker', ({ folder, pkg }) => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/ungcu/ungcu.git', directory: `packages/${folder}` });
    expect(pkg.homepage).toBe(`https://github.com/ungcu/ungcu/tree/main/packages/${folder}#readme`);
    expect(pkg.bugs).toEqual({ url: 'https://github.com/ungcu/ungcu/issues' });
  });

  it.each(published)('$folder ships dist and src, without tests', ({ pkg }) => {
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'src', '!src/**/*.test.ts']));
  });
});
