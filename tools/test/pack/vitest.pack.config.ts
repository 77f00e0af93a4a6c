// The pack-and-install test (*.pack.ts, outside the default test/**/*.test.ts) runs apart from the quick tool tests: it builds, packs and installs every package
// (minutes, mostly compiling better-sqlite3), so it is the tools project's `test:build` target.
import { fileURLToPath } from 'node:url';
import { definePackageTestConfig } from '../../vitest.preset.ts';

const reporter = fileURLToPath(new URL('../../src/count-reporter.ts', import.meta.url));

export default definePackageTestConfig({
  test: {
    include: ['test/pack/**/*.pack.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 20 * 60_000,
    // Its own counts file: the tools' quick tests write .test-results.json, and both are added up.
    reporters: ['default', [reporter, { file: '.test-results.pack.json' }]],
  },
});
