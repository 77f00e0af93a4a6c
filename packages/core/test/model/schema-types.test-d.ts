/**
 * Type tests, checked by `tsc` (the typecheck target includes test/): the types inferred from the zod/mini
 * schemas, written out by hand as they were inferred from the classic ones. A change of optionality, of a
 * default or of a union shows here before it reaches the packages built on the model.
 */
import { expectTypeOf } from 'vitest';
import type * as z from 'zod/mini';
import type { ConsultationRound, Constituency, Dataset, DatasetInput, Nominee, NomineeInput, QuotaBound } from '../../src/index';

// A default makes a field optional in the input and present in the output.
expectTypeOf<Constituency['coveredUnitIds']>().toEqualTypeOf<string[]>();
expectTypeOf<z.input<typeof Constituency>['coveredUnitIds']>().toEqualTypeOf<string[] | undefined>();
expectTypeOf<Nominee['person']['partyJoinDate']>().toEqualTypeOf<string | null>();
expectTypeOf<NomineeInput['person']['partyJoinDate']>().toEqualTypeOf<string | null | undefined>();
expectTypeOf<Nominee['nomination']['status']>().toEqualTypeOf<'active' | 'withdrawn' | 'removed' | 'not-qualified'>();
expectTypeOf<Nominee['person']['education']>().toEqualTypeOf<{
  general?: string | undefined;
  professional?: string | undefined;
  academicTitle?: string | undefined;
  politicalTheory?: string | undefined;
  foreignLanguage?: string | undefined;
}>();
expectTypeOf<Nominee['sourceText']>().toEqualTypeOf<Record<string, string> | undefined>();
expectTypeOf<Nominee['version']>().toEqualTypeOf<number | undefined>();

// Unions and literals.
expectTypeOf<QuotaBound>().toEqualTypeOf<{ count: number } | { share: number }>();
expectTypeOf<ConsultationRound['round']>().toEqualTypeOf<1 | 2 | 3>();

// Every collection is present in a Dataset and may be left out of its input.
expectTypeOf<keyof Dataset>().toEqualTypeOf<keyof DatasetInput>();
expectTypeOf<Dataset['nominees']>().toEqualTypeOf<Nominee[]>();
expectTypeOf<DatasetInput['nominees']>().toEqualTypeOf<NomineeInput[] | undefined>();
