import { definePackageConfig } from '../../tools/tsup.preset.ts';

// No Node built-ins and no dependency of its own: the same build runs in Node and in browsers.
export default definePackageConfig(import.meta.dirname);
