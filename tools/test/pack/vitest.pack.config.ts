// The pack-and-install test (*.pack.ts, outside the default test/**/*.test.ts) runs apart from the quick tool tests: it builds, packs and installs every package
// (minutes, mostly compiling better-sqlite3), so it is the tools project's `test:build` target.
import { definePackageTestConfig } from '../../vitest.preset.ts';

export default definePackageTestConfig({
  test: { include: ['test/pack/**/*.pack.ts'], testTimeout: 20 * 60_000, hookTimeout: 20 * 60_000 },
});
