/**
 * Shared vitest settings: resolve workspace packages to their TypeScript sources (the "@ungcu/source"
 * export condition), so tests never run against a stale dist/.
 */
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const conditions = ['@ungcu/source', 'module', 'node', 'import', 'default'];

export function definePackageTestConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@ungcu/source'] } },
    ...overrides,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
      ...overrides.test,
    },
  });
}
