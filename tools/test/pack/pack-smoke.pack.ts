/**
 * "Done when" of issue 11: every package is packed, the tarballs are installed into a scratch project outside
 * the repository, and the getting-started program runs twice as ESM and once as CommonJS on the real 2021 list.
 * The program's contract (examples/getting-started/README.md): exit 0 and lines `nominees: N`, `errors: N`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packSmoke, PROGRAM_RUNS, publishablePackages, repoRoot, type PackSmokeResult } from '../../src/pack-smoke.mjs';

let result: PackSmokeResult;

function printed(stdout: string, label: string): number | undefined {
  const match = new RegExp(`^${label}: (\\d+)$`, 'm').exec(stdout);
  return match ? Number(match[1]) : undefined;
}

describe('pack, install and run the getting-started program', () => {
  beforeAll(() => {
    // Under nx (`npm test`), the target's dependsOn has just built every package: no nested nx run.
    result = packSmoke({ build: process.env.NX_TASK_TARGET_PROJECT === undefined });
    console.log(`pack-smoke timings (ms): ${JSON.stringify(result.timings)}`);
  });

  it('packs every publishable package, each with its LICENSE, README and dist', () => {
    const names = publishablePackages().map((p) => p.manifest.name).sort();
    expect(result.tarballs.map((t) => t.name).sort()).toEqual(names);
    const license = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
    for (const tarball of result.tarballs) {
      expect(tarball.files, tarball.name).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
      // Every entry of the package's exports is in the tarball (testkit has subpaths only, no root entry).
      const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', tarball.name.replace('@ungcu/', ''), 'package.json'), 'utf8'));
      const targets = JSON.stringify(manifest.exports).match(/"\.\/dist\/[^"]+"/gu) ?? [];
      expect(targets.length, tarball.name).toBeGreaterThan(0);
      for (const target of targets) expect(tarball.files, `${tarball.name} ${target}`).toContain(JSON.parse(target).slice(2));
      expect(readFileSync(join(repoRoot, 'packages', tarball.name.replace('@ungcu/', ''), 'LICENSE'), 'utf8')).toBe(license);
    }
  });

  it('ships source maps that point to the shipped src/ instead of embedding it', () => {
    for (const facts of result.sourceMaps) {
      expect(facts.embedding, facts.name).toBe(0);
      expect(facts.missing, facts.name).toEqual([]);
    }
    expect(result.sourceMaps.reduce((n, f) => n + f.maps, 0)).toBeGreaterThan(0);
  });

  it('runs the program twice under ESM and once under CommonJS: 868 nominees, no error finding, nothing created again', () => {
    expect(result.runs.map((r) => r.program)).toEqual(PROGRAM_RUNS);
    for (const run of result.runs) {
      expect({ program: run.program, status: run.status, stderr: run.stderr }).toEqual({ program: run.program, status: 0, stderr: '' });
      expect(printed(run.stdout, 'nominees'), run.stdout).toBe(868);
      expect(printed(run.stdout, 'errors'), run.stdout).toBe(0);
    }
    // The first run creates every nominee; the second (ESM) and the third (CommonJS) find them stored.
    expect(result.runs.map((run) => printed(run.stdout, 'created'))).toEqual([868, 0, 0]);
  });

  it('replays the 2021 season through @ungcu/workflow from the tarballs: 868 official, 499 elected, 179 appraisals in Q1, 12 + 17 proposals', () => {
    const { status, stdout, stderr } = result.season;
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(printed(stdout, 'official'), stdout).toBe(868);
    expect(printed(stdout, 'elected'), stdout).toBe(499);
    expect(stdout).toMatch(/^Q1 appraisals: 179 central, 20 other$/mu);
    expect(stdout).toMatch(/^programme: 12 \+ 17$/mu);
    expect(stdout).toContain('Trong quý I/2021, thẩm định 179 lượt nhân sự diện Trung ương quản lý trình Bộ Chính trị, Ban Bí thư quyết định phân công, luân chuyển, chỉ định, bổ nhiệm, giới thiệu ứng cử');
  });
});
