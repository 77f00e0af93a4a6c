import { definePackageConfig } from '../../tools/tsup.preset.ts';

export default definePackageConfig(import.meta.dirname, {
  platform: 'node',
  // csv-parse and csv-stringify are reached through the package's `imports` field (`#csv-parse`...), which
  // the consumer's resolver maps to their Node or browser build: left as imports, never bundled.
  external: [/^#csv-/u],
});
