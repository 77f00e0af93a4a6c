/**
 * Extracts the TypeScript examples from the docs so they can be type-checked against the real packages:
 * a docs example that no longer compiles is a docs page out of step with the code. A block fenced as
 * ```ts nocheck is skipped (for fragments that cannot stand alone; say why next to it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DocsExample {
  /** "docs/guide/getting-started.md:12" */
  readonly location: string;
  readonly code: string;
}

const FENCE = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gmu;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

export function docsExamples(root: string): DocsExample[] {
  const files = [join(root, 'README.md'), join(root, 'CONTRIBUTING.md'), ...markdownFiles(join(root, 'docs'))];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const readme = join(root, 'packages', pkg, 'README.md');
    try {
      statSync(readme);
      files.push(readme);
    } catch {
      // a package without a README is reported by its own checks, not here
    }
  }
  const examples: DocsExample[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(FENCE)) {
      if ((match[2] ?? '').includes('nocheck')) continue;
      const line = text.slice(0, match.index).split('\n').length + 1;
      examples.push({ location: `${relative(root, file)}:${line}`, code: match[3] ?? '' });
    }
  }
  return examples;
}
