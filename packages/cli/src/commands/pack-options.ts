/**
 * The options every command shares to say which election it works on: the rule pack (an id, or the path of
 * an agency's own pack module), the election day, and the config file with the agency's plugins.
 */
import type { Command } from 'commander';
import { BUILT_IN_PACKS, DEFAULT_PACK } from '../defaults';

export interface PackFlags {
  readonly pack?: string;
  readonly electionDay?: string;
  readonly config?: string;
}

export function registerPackOptions(command: Command): Command {
  const ids = BUILT_IN_PACKS.map((p) => p.id).join(' | ');
  return command
    .option('--pack <id|file>', `bộ quy tắc (mã hoặc tệp .js/.ts) / rule pack (an id or a .js/.ts module): ${ids}; mặc định / default ${DEFAULT_PACK}; với --store, bộ của cuộc bầu cử / with --store, the election's own`)
    .option('--election-day <date>', "ngày bầu cử / election day (YYYY-MM-DD); mặc định theo bộ quy tắc / default: the pack's")
    .option('--config <file>', 'tệp cấu hình / config file (mặc định / default: ./ungcu.config.{ts,mts,js,mjs,cjs})');
}
