import { definePackageConfig } from '../../tools/tsup.preset.ts';
// shims: the CommonJS build gets import.meta.url (from __filename), which fonts.ts resolves the Tinos files from.
export default definePackageConfig(import.meta.dirname, { shims: true });
