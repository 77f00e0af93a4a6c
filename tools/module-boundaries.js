// The architecture as nx tag constraints: core imports no other package of the repo; adapters and rule packs
// import only core; nothing imports an example. Used by eslint.config.js and checked by
// tools/test/module-boundaries.test.ts.
export const depConstraints = [
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:testkit', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['type:core', 'type:rules', 'type:adapter'] },
  {
    sourceTag: 'type:example',
    onlyDependOnLibsWithTags: ['type:core', 'type:rules', 'type:adapter', 'type:cli', 'type:testkit'],
  },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:core', 'type:rules', 'type:adapter', 'type:testkit', 'type:tool'],
  },
];
