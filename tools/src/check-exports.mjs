// Fails when a package's exports map and its built files diverge: every path named in "exports" must exist
// after the build, and every built entry (dist/**/index.js) must be reachable through "exports".
// Usage: node tools/src/check-exports.mjs <packageDir>
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? '.';
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const problems = [];

function targets(node, out = []) {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) targets(v, out);
  return out;
}

const named = new Set(targets(pkg.exports).map((p) => p.replace(/^\.\//, '')));
for (const field of ['main', 'module', 'types']) if (pkg[field]) named.add(pkg[field].replace(/^\.\//, ''));
if (pkg.bin) for (const p of typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin)) named.add(p.replace(/^\.\//, ''));

for (const path of named) {
  if (!existsSync(join(dir, path))) problems.push(`"${path}" is named in package.json but does not exist`);
}

function walk(d) {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
}
const dist = join(dir, 'dist');
if (existsSync(dist)) {
  for (const file of walk(dist)) {
    const rel = relative(dir, file);
    // Entry points are the non-chunk .js/.cjs files tsup writes from the exports map.
    if (!/(^|\/)index\.(c?js)$/.test(rel) && !/\/cli\.(c?js)$/.test(rel)) continue;
    if (!named.has(rel)) problems.push(`"${rel}" was built but no "exports" entry points to it`);
  }
}

if (problems.length > 0) {
  console.error(`${pkg.name}: exports and build disagree:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`${pkg.name}: ${named.size} exported paths match the build`);
