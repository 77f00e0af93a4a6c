import type { CliIo } from '../io';
import { EXIT } from '../program';

/** A call that cannot work: the reason in both languages on stderr, exit 2. */
export function usage(io: CliIo, vi: string, en: string): number {
  io.stderr(`${vi} / ${en}\n`);
  return EXIT.usage;
}
