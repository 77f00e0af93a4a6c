import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { runStorageConformance } from '@ungcu/testkit/storage';
import { postgresStore } from '../src/index';
import { officialList2021 } from './official-list';
import { sqlReader } from './raw';

// One in-process database for the file; each test gets its own schema, dropped afterwards.
const db = new PGlite();
afterAll(() => db.close());
let next = 0;

runStorageConformance({
  name: 'postgres (PGlite)',
  async open(options) {
    const schema = `conformance_${++next}`;
    const store = await postgresStore(db, { ...options, schema });
    return {
      store,
      raw: sqlReader(db, schema),
      openReadOnly: () => postgresStore(db, { ...options, schema, readonly: true }),
      async dispose() {
        await store.close();
        await db.exec(`DROP SCHEMA "${schema}" CASCADE`);
      },
    };
  },
  ...officialList2021(),
});
