// The architecture as nx tag constraints: core imports no other package of the repo; the tabular layouts
// (@ungcu/tabular) import only core; rule packs import only core; the documents model (@ungcu/documents)
// imports core and the tabular layouts; adapters and the testkit import core, the tabular layouts and (the
// document adapters) the documents model, never each other; the planning packages (@ungcu/apportion,
// @ungcu/planner) import core and each other; the season's workflow (@ungcu/workflow) imports only core;
// nothing imports an example. Used by eslint.config.js and checked by
// tools/test/module-boundaries.test.ts.
export const depConstraints = [
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:tabular', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:documents', onlyDependOnLibsWithTags: ['type:core', 'type:tabular'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:core', 'type:tabular', 'type:documents'] },
  { sourceTag: 'type:planning', onlyDependOnLibsWithTags: ['type:core', 'type:planning'] },
  { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:testkit', onlyDependOnLibsWithTags: ['type:core', 'type:tabular'] },
  {
    sourceTag: 'type:cli',
    onlyDependOnLibsWithTags: ['type:core', 'type:tabular', 'type:documents', 'type:rules', 'type:adapter', 'type:planning', 'type:workflow'],
  },
  {
    sourceTag: 'type:example',
    onlyDependOnLibsWithTags: ['type:core', 'type:tabular', 'type:documents', 'type:rules', 'type:adapter', 'type:planning', 'type:workflow', 'type:cli', 'type:testkit'],
  },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:core', 'type:tabular', 'type:documents', 'type:rules', 'type:adapter', 'type:planning', 'type:workflow', 'type:testkit', 'type:tool'],
  },
];
