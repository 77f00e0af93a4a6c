import { definePackageConfig } from '../../tools/tsup.preset.ts';
// ESM only: the kits import vitest, which cannot be loaded with require().
export default definePackageConfig(import.meta.dirname, { platform: 'node', external: ['vitest'], format: ['esm'] });
