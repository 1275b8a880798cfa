// sop diff, the pure part: two loaded versions of a corpus in, what changed out. Git and the
// wording live elsewhere (git.ts, load.ts, text.ts).
import type { Corpus, Edition, Procedure } from '../model/types.js';
import { diffCatalogue } from './catalogue.js';
import { diffProcedure, procedureSnapshot } from './procedure.js';
import { diffRegion } from './region.js';
import type { CorpusDiff, ProcedureDiff, RegionDiff, VersionInfo } from './types.js';

export interface Version {
  info: VersionInfo;
  corpus: Corpus;
  /** Every procedure that loaded, also in Regions whose region.yaml did not. */
  procedures: Procedure[];
}

/** `before` and `after` are already the `edition` (edition.ts). */
export function diffCorpora(dir: string, edition: Edition, before: Version, after: Version): CorpusDiff {
  const procedures = diffProcedures(before, after);
  const changed = procedures.filter((p) => p.change === 'changed');
  return {
    schema: 'urn:sopbook:schema:diff:1',
    edition,
    dir,
    from: before.info,
    to: after.info,
    summary: {
      added: procedures.filter((p) => p.change === 'added').length,
      removed: procedures.filter((p) => p.change === 'removed').length,
      changed: changed.length,
      version_not_bumped: changed.filter((p) => p.version_not_bumped).length,
    },
    procedures,
    regions: diffRegions(before.corpus, after.corpus),
    catalogue: diffCatalogue(before.corpus.catalogue, after.corpus.catalogue),
  };
}

function diffProcedures(before: Version, after: Version): ProcedureDiff[] {
  const old = byKey(before.procedures);
  const now = byKey(after.procedures);
  return sortedKeys(old, now).flatMap((key): ProcedureDiff[] => {
    const a = old.get(key);
    const b = now.get(key);
    if (a && b) {
      const changed = diffProcedure(a, b);
      return changed ? [changed] : [];
    }
    const present = (a ?? b)!;
    const missing = a ? after : before;
    // The file is there but did not load: it was not removed (or added), it cannot be compared.
    if (missing.corpus.unloaded.has(key)) {
      return [{ change: 'unreadable', region: present.folder, id: present.id, title: present.title, unreadable_in: a ? 'to' : 'from' }];
    }
    return [{ change: a ? 'removed' : 'added', region: present.folder, id: present.id, procedure: procedureSnapshot(present) }];
  });
}

function diffRegions(before: Corpus, after: Corpus): RegionDiff[] {
  return sortedKeys(before.regions, after.regions).flatMap((folder) => {
    const a = before.regions.get(folder);
    const b = after.regions.get(folder);
    // A region.yaml that does not load is reported by the warnings, not as a removed Region.
    if ((!a && before.unloaded.has(folder)) || (!b && after.unloaded.has(folder))) return [];
    return diffRegion(a, b) ?? [];
  });
}

/** Procedures by `region/procedure`, the region being the folder the file lives in. */
function byKey(procedures: Procedure[]): Map<string, Procedure> {
  const map = new Map<string, Procedure>();
  for (const procedure of procedures) {
    const key = `${procedure.folder}/${procedure.id}`;
    if (!map.has(key)) map.set(key, procedure);
  }
  return map;
}

function sortedKeys(a: Map<string, unknown>, b: Map<string, unknown>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
