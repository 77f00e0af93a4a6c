/**
 * One of the two importers the concurrency test races. It waits for the parent's "go" (so both open the
 * file at the same moment), opens the store, imports the suites' election with `expectedVersion: 'any'`
 * (what `ungcu import` does), and reports "done" or the error's code and message.
 */
import { saveDataset } from '@ungcu/core/storage';
import { sampleElection } from '@ungcu/testkit/storage';
import { sqliteStore } from '../src/index';

const [file, actor] = process.argv.slice(2) as [string, string];
process.send!('ready');
process.once('message', async () => {
  try {
    const store = await sqliteStore(file, { actor });
    await saveDataset(store, sampleElection('race'), { expectedVersion: 'any' });
    await store.close();
    process.send!('done');
  } catch (error) {
    process.send!(`error: ${(error as { code?: string }).code ?? ''} ${(error as Error).message}`);
  }
  process.disconnect();
});
