/**
 * @ungcu/rules-vn: the Vietnamese rule packs. `vn2021` (Law 85/2015/QH13, 2021 targets) and `vn2026` (as
 * amended by Law 83/2025/QH15, 2026 targets), each with its rules and statutory calendar.
 */
import type { RulePack } from '@ungcu/core/rules';
import { vn2021 } from './vn-2021';
import { vn2026 } from './vn-2026';

export { vn2021, vn2026 };
export * from './rules/index';
export { MILESTONES_2015, MILESTONES_2025 } from './calendar';
export { requiredCouncilMargin } from './rules/council-candidate-surplus/index';
export { ruleDocsFile, docsUrl } from './sources';

/** The packs by id, for command lines and configuration files. */
export const PACKS: Readonly<Record<string, RulePack>> = { [vn2021.id]: vn2021, [vn2026.id]: vn2026 };
