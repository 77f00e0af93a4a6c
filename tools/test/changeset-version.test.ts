/**
 * The first release: `changeset version` on the changesets of .changeset/ gives every published package
 * 0.1.0 (as the README promises) and rewrites the ranges between siblings to ^0.1.0, so that each package
 * installs alone from the registry. Runs the real command on a copy of the manifests (under a second), in a
 * temporary folder removed at the end.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
type Manifest = { name: string; version: string; private?: boolean } & Partial<Record<DependencyField, Record<string, string>>>;
type DependencyField = 'dependencies' | 'devDependencies' | 'peerDependencies' | 'optionalDependencies';
const FIELDS: DependencyField[] = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

const workspaceFolders = ['packages', 'examples']
  .flatMap((parent) => readdirSync(join(root, parent)).map((name) => join(parent, name)))
  .concat('tools')
  .filter((folder) => existsSync(join(root, folder, 'package.json')));

function manifest(base: string, folder: string): Manifest {
  return JSON.parse(readFileSync(join(base, folder, 'package.json'), 'utf8')) as Manifest;
}

let temp: string;
let released: Map<string, Manifest>;

describe('the first changeset release', () => {
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'ungcu-changeset-version-'));
    cpSync(join(root, 'package.json'), join(temp, 'package.json'));
    cpSync(join(root, '.changeset'), join(temp, '.changeset'), { recursive: true });
    for (const folder of workspaceFolders) {
      mkdirSync(join(temp, folder), { recursive: true });
      cpSync(join(root, folder, 'package.json'), join(temp, folder, 'package.json'));
    }
    // The changelog generator named in .changeset/config.json is resolved from the project's node_modules.
    symlinkSync(join(root, 'node_modules'), join(temp, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], {
      cwd: temp,
      stdio: 'pipe',
    });
    released = new Map(workspaceFolders.map((folder) => [folder, manifest(temp, folder)]));
  }, 60_000);

  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('gives every published package 0.1.0', () => {
    const published = [...released.values()].filter((m) => m.private !== true);
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(Object.fromEntries(published.map((m) => [m.name, m.version]))).toEqual(
      Object.fromEntries(published.map((m) => [m.name, '0.1.0'])),
    );
  });

  it('leaves every range between siblings satisfied by the released 0.1.0, with ^0.1.0 for dependencies', () => {
    const siblings = new Set([...released.values()].map((m) => m.name));
    const problems: string[] = [];
    for (const m of released.values()) {
      if (m.private === true) continue;
      for (const field of FIELDS) {
        for (const [name, range] of Object.entries(m[field] ?? {})) {
          if (!siblings.has(name)) continue;
          const expected = field === 'peerDependencies' ? /^\^0\.1\.0( \|\| 0\.0\.0)?$/ : /^\^0\.1\.0$/;
          if (!expected.test(range)) problems.push(`${m.name} ${field} ${name}: "${range}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('starts from caret ranges in the repository (an exact 0.0.0 would not resolve once released)', () => {
    const exact: string[] = [];
    for (const folder of workspaceFolders) {
      const m = manifest(root, folder);
      for (const field of FIELDS) {
        for (const [name, range] of Object.entries(m[field] ?? {})) {
          if (name.startsWith('@ungcu/') && /^\d/.test(range)) exact.push(`${m.name} ${field} ${name}: "${range}"`);
        }
      }
    }
    expect(exact).toEqual([]);
  });
});
