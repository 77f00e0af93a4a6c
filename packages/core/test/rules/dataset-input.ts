import type { z } from 'zod';
import type { Constituency } from '../../src/index';
export { Dataset, type NomineeInput } from '../../src/index';
export type ConstituencyInput = z.input<typeof Constituency>;
