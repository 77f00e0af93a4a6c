import Database from 'better-sqlite3';
import { join } from 'node:path';
import { runStorageConformance } from '@ungcu/testkit/storage';
import { sqliteStore } from '../src/index';
import { rawReader, scratchDir, sqlReader } from './helpers';
import { officialList2021 } from './official-list';

runStorageConformance({
  name: 'sqlite (file path)',
  async open(options) {
    const scratch = scratchDir();
    const file = join(scratch.dir, 'season.db');
    const store = await sqliteStore(file, options);
    const raw = rawReader(file);
    return {
      store,
      raw,
      // A second connection to the same file: the concurrency suite races two writers for real.
      openPeer: () => sqliteStore(file, options),
      // The file opened with SQLite's read-only flag, as `ungcu validate --store` opens it.
      openReadOnly: () => sqliteStore(file, { ...options, readonly: true }),
      async dispose() {
        raw.close();
        await store.close();
        scratch.dispose();
      },
    };
  },
  ...officialList2021(),
});

runStorageConformance({
  name: 'sqlite (injected in-memory Database)',
  async open(options) {
    const db = new Database(':memory:');
    const store = await sqliteStore(db, options);
    // ":memory:" has one connection, so the independent channel is plain SQL on that Database, never the store.
    return {
      store,
      raw: sqlReader(db),
      // The same connection driven read-only (readonly: true): no write reaches it.
      openReadOnly: () => sqliteStore(db, { ...options, readonly: true }),
      async dispose() {
        await store.close();
        db.close();
      },
    };
  },
  ...officialList2021(),
});
