// Types of pack-smoke.mjs for the tests that import it.
export declare const repoRoot: string;
export declare const PROGRAM_RUNS: readonly string[];

export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
}
export declare function publishablePackages(root?: string): { dir: string; manifest: PackageManifest }[];

export interface SourceMapFacts {
  /** Source maps in the installed package. */
  readonly maps: number;
  /** Maps that embed their sources (sourcesContent) instead of pointing to src/. */
  readonly embedding: number;
  /** Sources named by a map that the package does not hold, relative to the package. */
  readonly missing: readonly string[];
}
export declare function sourceMapFacts(packageDir: string): SourceMapFacts;

export interface ProgramRun {
  readonly program: string;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}
export interface PackSmokeResult {
  readonly temp: string;
  readonly tarballs: readonly { name: string; tarball: string; size: number; unpackedSize: number; files: string[] }[];
  readonly sourceMaps: readonly (SourceMapFacts & { name: string })[];
  readonly runs: readonly ProgramRun[];
  /** examples/season-2021/main.mjs, run once after the getting-started programs. */
  readonly season: Omit<ProgramRun, 'program'>;
  readonly timings: { buildMs?: number; packMs: number; installMs: number; programsMs: number; seasonMs: number };
}
export declare function packSmoke(options?: { build?: boolean; keep?: boolean }): PackSmokeResult;
