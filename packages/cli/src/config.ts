/**
 * An agency's own plugins for the CLI: `ungcu.config.{ts,mts,js,mjs,cjs}` in the working folder (or the file
 * `--config` names) adds or replaces rule packs, importers, exporters and store adapters by id, and
 * `--pack ./my-pack.js` loads one pack module. TypeScript files are loaded with jiti, the loader c12, Nuxt and
 * ESLint's config loading use, so a config can be written in TypeScript without a build step.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { createJiti } from 'jiti';
import type { Exporter, ImporterPlugin, Locale, RulePack, StoreProvider } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';

export interface UngcuConfig {
  /** Rule packs; one with the id of a built-in pack replaces it. */
  readonly packs?: readonly RulePack[];
  readonly importers?: readonly ImporterPlugin[];
  readonly exporters?: readonly Exporter[];
  /** Store adapters, asked before the built-in SQLite and PostgreSQL ones. */
  readonly stores?: readonly StoreProvider[];
  /** The pack used when a command is given no --pack. */
  readonly defaultPack?: string;
  readonly locale?: Locale;
}

/** Types a config file: `export default defineConfig({ packs: [myPack] })`. */
export function defineConfig(config: UngcuConfig): UngcuConfig {
  return config;
}

export const CONFIG_FILES: readonly string[] = ['ungcu.config.ts', 'ungcu.config.mts', 'ungcu.config.js', 'ungcu.config.mjs', 'ungcu.config.cjs'];

const jiti = createJiti(import.meta.url, { moduleCache: false });

async function load(path: string): Promise<unknown> {
  if (!existsSync(path)) {
    throw new ConfigError({ en: `No such file: ${path}`, vi: `Không có tệp: ${path}` });
  }
  try {
    return await jiti.import(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError({ en: `Cannot load ${path}: ${reason}`, vi: `Không nạp được ${path}: ${reason}` }, { cause: error });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The config a folder has, and its path; an empty config when it has none. */
export async function loadConfig(cwd: string, explicit?: string): Promise<{ readonly config: UngcuConfig; readonly path?: string }> {
  const path = explicit === undefined ? CONFIG_FILES.map((f) => resolve(cwd, f)).find((p) => existsSync(p)) : resolve(cwd, explicit);
  if (path === undefined) return { config: {} };
  const mod = await load(path);
  const config = isObject(mod) && 'default' in mod ? mod['default'] : mod;
  if (!isObject(config)) {
    throw new ConfigError({
      en: `${path} must export a config object: export default defineConfig({ packs: [...] })`,
      vi: `${path} phải xuất một đối tượng cấu hình: export default defineConfig({ packs: [...] })`,
    });
  }
  return { config: config as UngcuConfig, path };
}

/** Whether a --pack value names a module file rather than a pack id. */
export function isPackPath(value: string): boolean {
  return value.startsWith('.') || isAbsolute(value) || /\.(?:[cm]?js|[cm]?ts)$/iu.test(value);
}

function isRulePack(value: unknown): value is RulePack {
  return isObject(value) && typeof value['id'] === 'string' && Array.isArray(value['rules']) && typeof value['election'] === 'function';
}

/**
 * The rule pack a module exports: its default export, else its one exported pack. A module that exports
 * something else is refused: the message says what a pack is (defineRulePack's result).
 */
export async function loadPackModule(cwd: string, value: string): Promise<RulePack> {
  const path = resolve(cwd, value);
  const mod = await load(path);
  const candidates = isObject(mod) ? ('default' in mod && isRulePack(mod['default']) ? [mod['default']] : Object.values(mod).filter(isRulePack)) : [];
  if (candidates.length !== 1 || candidates[0] === undefined) {
    throw new ConfigError({
      en: `${path} must export one rule pack made with defineRulePack() (found ${candidates.length})`,
      vi: `${path} phải xuất đúng một bộ quy tắc tạo bằng defineRulePack() (tìm thấy ${candidates.length})`,
    });
  }
  return candidates[0];
}
