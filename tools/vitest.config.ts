import { definePackageTestConfig } from './vitest.preset.ts';
export default definePackageTestConfig();
