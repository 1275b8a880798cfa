// Types for bench/generate.mjs (plain ESM), so the TypeScript tests can import it.
export declare const TODAY: string;
export declare function regionId(index: number): string;
/** A seeded PRNG: numbers in [0, 1), the same sequence for the same seed. */
export declare function mulberry32(seed: number): () => number;
export interface GenerateOptions {
  regions: number;
  procedures: number;
  seed: string | number;
}
/** The corpus as [relative path, content] pairs, sorted by path. */
export declare function generateFiles(options: GenerateOptions): Array<[string, string | Buffer]>;
/** Writes the corpus into `out`; returns the number of files written. */
export declare function generate(options: GenerateOptions & { out: string; force?: boolean }): number;
