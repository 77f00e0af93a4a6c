// The pack-and-install check: what a newcomer gets from the registry, tried before it is published.
// Builds every publishable package, packs each into a temporary folder outside the repository, installs the
// tarballs into a fresh `"type": "module"` project there (from the tarballs and the npm registry only), and runs
// the getting-started program of examples/getting-started twice as ESM and once as CommonJS, then the
// 2021 season replay of examples/season-2021 (@ungcu/workflow).
//
// Nothing of ungcu is reused between runs: a new project and node_modules, better-sqlite3 compiled from source
// (its prebuilt binaries come from GitHub, not from the registry), and the folder removed at the end. Registry
// packages come from the machine's npm cache when it has them.
//
// Usage: node tools/src/pack-smoke.mjs [--no-build] [--keep]   (prints a JSON summary; exit 1 on a failure)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Folders of the packages that are published: packages/* with a package.json that is not private. */
export function publishablePackages(root = repoRoot) {
  return readdirSync(join(root, 'packages'))
    .map((folder) => join(root, 'packages', folder))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true);
}

/** The programs, in the order they run: ESM twice (the second run finds everything stored), then CommonJS. */
export const PROGRAM_RUNS = ['main.mjs', 'main.mjs', 'main.cjs'];

function run(command, args, options) {
  const started = Date.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms: Date.now() - started };
}

function must(step, result) {
  if (result.status !== 0) {
    throw new Error(`${step} failed (exit ${result.status}) / ${step} thất bại\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

function build(packages) {
  const projects = packages.map(({ manifest }) => manifest.name).join(',');
  return must('build', run('npx', ['nx', 'run-many', '-t', 'build', '-p', projects, '--output-style=static'], { cwd: repoRoot }));
}

function pack(packages, destination) {
  return packages.map(({ dir, manifest }) => {
    const result = must(`npm pack ${manifest.name}`, run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: dir }));
    const [info] = JSON.parse(result.stdout);
    return {
      name: manifest.name,
      tarball: join(destination, info.filename),
      size: info.size,
      unpackedSize: info.unpackedSize,
      files: info.files.map((f) => f.path),
    };
  });
}

/** A project like the one a newcomer makes: ESM, every package from its tarball (the SQLite driver's binary: below). */
function scratchProject(app, tarballs) {
  mkdirSync(app);
  const manifest = {
    name: 'ungcu-pack-smoke',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(tarballs.map((t) => [t.name, `file:${relative(app, t.tarball)}`])),
    // better-sqlite3's install script does not run here (the install runs with ignore-scripts): it would build
    // the driver from source a second time (the prebuilt binaries are on GitHub, which CI cannot reach), 1.5–3
    // minutes of every CI run that check nothing of ungcu. The binary the repository's own `npm ci` built on
    // this machine is copied in after the install (nativeDriver). Every ungcu package comes from its tarball.
  };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The program finds its data as it does in the repository: ../data from examples/getting-started.
  cpSync(join(repoRoot, 'examples', 'getting-started'), join(app, 'examples', 'getting-started'), { recursive: true });
  cpSync(join(repoRoot, 'examples', 'season-2021'), join(app, 'examples', 'season-2021'), { recursive: true });
  cpSync(join(repoRoot, 'examples', 'data'), join(app, 'examples', 'data'), {
    recursive: true,
    filter: (source) => !source.endsWith('package.json'),
  });
}

function install(app) {
  // Run from inside `npm test`, the environment carries the repository's own npm settings (workspaces, the
  // package being run): drop them, keeping where the user's and the global npmrc are.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_(config|package|lifecycle)_/i.test(key) || /^npm_config_(userconfig|globalconfig)$/i.test(key),
    ),
  );
  // The machine's npm cache is used (offline first): registry packages are the same bytes wherever they come
  // from, and a fresh cache only added minutes of downloads to every CI run. Nothing of ungcu is cached: its
  // packages come from the tarballs just packed, into a new node_modules.
  Object.assign(env, {
    npm_config_prefer_offline: 'true',
    // No install script runs: better-sqlite3's would build the driver from source (see scratchProject).
    npm_config_ignore_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
  const installed = must('npm install', run('npm', ['install', '--no-package-lock'], { cwd: app, env }));
  nativeDriver(app);
  return installed;
}

/** The compiled better-sqlite3 binding of the repository's node_modules, copied into the scratch project's. */
function nativeDriver(app) {
  const built = join(repoRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  const target = join(app, 'node_modules', 'better-sqlite3', 'build', 'Release');
  if (!existsSync(built)) throw new Error(`The repository's better-sqlite3 is not built (${built}): run npm ci first`);
  mkdirSync(target, { recursive: true });
  cpSync(built, join(target, 'better_sqlite3.node'));
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * What an installed package's source maps give a debugger: how many embed the sources again (they should
 * not: src/ ships), and which sources they name that the package does not hold.
 */
export function sourceMapFacts(packageDir) {
  const maps = filesUnder(packageDir).filter((file) => file.endsWith('.map'));
  let embedding = 0;
  const missing = new Set();
  for (const file of maps) {
    const map = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(map.sourcesContent) && map.sourcesContent.length > 0) embedding++;
    for (const source of map.sources) {
      // Code the bundler injects from its own assets (tsup's CJS shim for import.meta.url) is not ours to ship.
      if (source.includes('node_modules/tsup/assets/')) continue;
      const path = join(file, '..', source);
      if (!existsSync(path)) missing.add(relative(packageDir, path));
    }
  }
  return { maps: maps.length, embedding, missing: [...missing].sort() };
}

/**
 * Runs the whole check and returns what it saw. Throws when a step before the programs fails; the programs'
 * exit codes and output are returned for the caller to judge.
 */
export function packSmoke({ build: shouldBuild = true, keep = false } = {}) {
  const packages = publishablePackages();
  const temp = mkdtempSync(join(tmpdir(), 'ungcu-pack-smoke-'));
  const timings = {};
  try {
    if (shouldBuild) timings.buildMs = build(packages).ms;
    const tarballDir = join(temp, 'tarballs');
    mkdirSync(tarballDir);
    let started = Date.now();
    const tarballs = pack(packages, tarballDir);
    timings.packMs = Date.now() - started;

    const app = join(temp, 'app');
    scratchProject(app, tarballs);
    timings.installMs = install(app).ms;

    started = Date.now();
    const runs = PROGRAM_RUNS.map((program) => ({
      program,
      ...run(process.execPath, [join('examples', 'getting-started', program)], { cwd: app }),
    }));
    timings.programsMs = Date.now() - started;
    started = Date.now();
    const season = run(process.execPath, [join('examples', 'season-2021', 'main.mjs')], { cwd: app });
    timings.seasonMs = Date.now() - started;
    const sourceMaps = tarballs.map((t) => ({ name: t.name, ...sourceMapFacts(join(app, 'node_modules', ...t.name.split('/'))) }));
    return { temp, tarballs, sourceMaps, runs, season, timings };
  } finally {
    if (!keep) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const started = Date.now();
  const result = packSmoke({ build: !args.has('--no-build'), keep: args.has('--keep') });
  const failed = [...result.runs, result.season].filter((r) => r.status !== 0);
  console.log(JSON.stringify({ ...result, totalMs: Date.now() - started }, null, 2));
  process.exitCode = failed.length > 0 ? 1 : 0;
}
