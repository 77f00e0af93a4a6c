/** What the setup child (write-inputs.ts) hands the pipeline benchmark: the files it wrote and what they hold. */

/** Nominees of the full national dataset (the generator at 30 constituencies per commune council). */
export const FULL_SIZE = 502_973;

export interface InputManifest {
  readonly election: { readonly id: string; readonly name: string; readonly electionDay: string; readonly rulePack: string };
  /** What the generator made, which every later stage must find again. */
  readonly counts: { readonly nominees: number; readonly constituencies: number; readonly bodies: number };
  /** Nominees whose birthday the setup moved by a day or more to keep (body, name, birthday) unique. */
  readonly birthdaysMoved: number;
  readonly csvFiles: readonly string[];
  readonly xlsxFiles: readonly string[];
  readonly csvBytes: number;
  readonly xlsxBytes: number;
  readonly generateMs: number;
  readonly csvMs: number;
  readonly xlsxMs: number;
}

