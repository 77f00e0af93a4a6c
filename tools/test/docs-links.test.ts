/**
 * Every relative link in the README files and docs/ points to a file or folder that exists. A package README
 * is also read on the registry, where a relative link leaving the package folder breaks: there, links to the
 * rest of the repository are absolute (https://github.com/ungcu/ungcu/blob/main/...) and must exist too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const REPOSITORY_URL = /^https:\/\/github\.com\/ungcu\/ungcu\/(?:blob|tree)\/main\/([^#?]*)/;

function links(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);
}

const packageReadmes = readdirSync(join(root, 'packages'))
  .map((p) => join(root, 'packages', p, 'README.md'))
  .filter(existsSync);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('docs links', () => {
  it('resolve to files in the repository', () => {
    const files = [
      join(root, 'README.md'),
      join(root, 'CONTRIBUTING.md'),
      ...markdownFiles(join(root, 'docs')),
      ...packageReadmes,
    ];
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const target of links(file)) {
        if (!target || /^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        checked++;
        const path = join(dirname(file), decodeURI(target.split('#')[0]!));
        if (!existsSync(path)) broken.push(`${relative(root, file)} → ${target}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it('in package READMEs stay inside the package, and absolute links to the repository resolve', () => {
    const leaving: string[] = [];
    const broken: string[] = [];
    let absolute = 0;
    for (const file of packageReadmes) {
      for (const target of links(file)) {
        const repositoryPath = REPOSITORY_URL.exec(target)?.[1];
        if (repositoryPath !== undefined) {
          absolute++;
          if (!existsSync(join(root, decodeURI(repositoryPath)))) broken.push(`${relative(root, file)} → ${target}`);
          continue;
        }
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        const path = relative(dirname(file), join(dirname(file), decodeURI(target.split('#')[0]!)));
        if (path === '..' || path.startsWith(`..${sep}`)) leaving.push(`${relative(root, file)} → ${target}`);
      }
    }
    expect(absolute).toBeGreaterThan(10);
    expect(leaving).toEqual([]);
    expect(broken).toEqual([]);
  });
});
