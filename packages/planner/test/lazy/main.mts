// Imports the planner, then plans once, writing a marker after each step (see lazy.test.ts).
import { appendFileSync } from 'node:fs';

const log = (line: string): void => appendFileSync(process.env.PLANNER_LOG!, `${line}\n`);
const planner = await import('../../src/index');
log('IMPORTED');
log(`solverLoaded=${planner.solverLoaded()}`);
const result = await planner.plan({ pool: [{ id: 'a', attributes: { women: true } }], size: 1, quotas: [{ feature: 'women', value: true, min: { count: 1 } }] });
log(`PLANNED feasible=${result.feasible}`);
log(`solverLoaded=${planner.solverLoaded()}`);
