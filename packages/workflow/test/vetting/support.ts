/**
 * Real data for the vetting tests: the 2021 official list (examples/data/vn-na-2021/candidates, nine files,
 * 868 candidates; Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections)
 * read with the CSV importer and saved into a store, with vetting cases opened for real candidates.
 */
import type { Dataset, Nominee } from '@ungcu/core';
import { type Store, saveDataset } from '@ungcu/core/storage';
import { real2021 } from '../real-list';

/** The store given the 2021 list (elections, bodies, constituencies, nominees...). */
export async function storeWith2021(store: Store): Promise<{ store: Store; data: Dataset; electionId: string }> {
  const data = await real2021();
  await saveDataset(store, data, { actor: 'loader' });
  return { store, data, electionId: data.elections[0]!.id };
}

/** The candidates of one constituency, by province name and number, in list order. */
export function candidatesOf(data: Dataset, province: string, number: number): Nominee[] {
  const unitIds = new Set(data.administrativeUnits.filter((u) => u.name.includes(province)).map((u) => u.id));
  const constituency = data.constituencies.find((c) => c.number === number && c.unitId !== undefined && unitIds.has(c.unitId));
  if (constituency === undefined) throw new Error(`no constituency ${province} ${number}`);
  return data.nominees
    .filter((n) => n.nomination.constituencyId === constituency.id)
    .sort((a, b) => (a.nomination.listNumber ?? 0) - (b.nomination.listNumber ?? 0));
}
