/**
 * Shared vitest settings: resolve workspace packages to their TypeScript sources (the "@ungcu/source"
 * export condition), so tests never run against a stale dist/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// No explicit "import" condition: vite adds it per import, and forcing it onto Node's own resolution makes a
// CommonJS package (pg) require the ESM build of its dependency (pg-pool) and fail.
const conditions = ['@ungcu/source', 'module', 'node', 'default'];
const reporterPath = fileURLToPath(new URL('./src/count-reporter.ts', import.meta.url));

export function definePackageTestConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@ungcu/source'] } },
    ...overrides,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
      reporters: ['default', reporterPath],
      ...overrides.test,
    },
  });
}
