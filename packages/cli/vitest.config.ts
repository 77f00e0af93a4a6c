import type { ViteUserConfig } from 'vitest/config';
import { definePackageTestConfig } from '../../tools/vitest.preset.ts';
export default definePackageTestConfig() as ViteUserConfig;
