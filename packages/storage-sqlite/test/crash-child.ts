/**
 * The process the crash test kills. It opens the store, commits a first batch, then starts a bulk write of
 * `size` nominees and tells the parent where it is; the parent kills it with SIGKILL.
 *   mode "mid-transaction": writes the batch inside a transaction, reports "mid", then waits to be killed.
 *   mode "bulk": reports "start" and runs one large bulkUpsert; the parent kills it at some point during it.
 */
import { sqliteStore } from '../src/index';

const [file, mode, sizeText] = process.argv.slice(2) as [string, 'mid-transaction' | 'bulk', string];
const size = Number(sizeText);

function nominee(i: number) {
  return {
    id: `crash-${i}`,
    person: {
      fullName: `Nguyễn Thị Hồng Nhung ${i}`,
      dateOfBirth: '1985-05-19',
      gender: 'female' as const,
      ethnicity: 'Kinh',
      occupation: 'Phó Chủ tịch Ủy ban nhân dân xã, Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      workplace: 'Ủy ban nhân dân xã Dạ Trạch, tỉnh Hưng Yên',
    },
    nomination: { bodyId: 'na-xv', origin: 'local' as const, constituencyId: `c-${i % 180}`, stage: 'official' as const },
  };
}

const store = await sqliteStore(file);
await store.nominees.bulkUpsert([nominee(-1)]);
const batch = Array.from({ length: size }, (_, i) => nominee(i));
if (mode === 'mid-transaction') {
  await store.transaction(async (tx) => {
    await tx.nominees.bulkUpsert(batch);
    process.send!('mid');
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  });
} else {
  process.send!('start');
  await store.nominees.bulkUpsert(batch);
  process.send!('done');
}
