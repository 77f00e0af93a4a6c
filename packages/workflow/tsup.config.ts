import { definePackageConfig } from '../../tools/tsup.preset.ts';
export default definePackageConfig(import.meta.dirname);
