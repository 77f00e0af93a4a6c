// Module hooks for the lazy-loading test: every URL resolved under highs/ is written to the log, in order
// with the markers the script writes, so the test sees whether importing the planner loaded the solver.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/\/highs\//u.test(result.url)) appendFileSync(process.env.PLANNER_LOG, `RESOLVED ${result.url}\n`);
  return result;
}
