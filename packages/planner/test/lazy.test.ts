/**
 * Importing @ungcu/planner loads no solver: a child process with module hooks logs every module resolved
 * under highs/, and the log shows none before the first plan().
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('lazy loading', () => {
  it('resolves highs only on the first plan(), not on import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planner-lazy-'));
    try {
      const log = join(dir, 'log');
      const here = import.meta.dirname;
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--import', join(here, 'lazy/register.mjs'), '--conditions=@ungcu/source', join(here, 'lazy/main.mts')],
        { env: { ...process.env, PLANNER_LOG: log }, encoding: 'utf8', cwd: join(here, '..') },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      expect(lines.slice(0, 2)).toEqual(['IMPORTED', 'solverLoaded=false']);
      expect(lines[2]).toMatch(/^RESOLVED file:.*\/node_modules\/highs\/build\/highs\.mjs$/u);
      expect(lines.slice(-2)).toEqual(['PLANNED feasible=true', 'solverLoaded=true']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
