import { definePackageTestConfig } from '../../tools/vitest.preset.ts';
export default definePackageTestConfig();
