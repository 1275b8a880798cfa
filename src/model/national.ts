// The merge: every Region's steps and referrals folded into one national referral model,
// with the coverage of stages and pathways and where Regions diverge. Pure: model in, data out.
import { durationHours } from './duration.js';
import { refKey, stepKey } from './graph.js';
import type {
  Consent, Corpus, Divergence, NationalEdge, NationalModel, NationalNode, Procedure, RegionalReferral, Step, StepLocation,
} from './types.js';

export const nodeId = (stage: string, role: string): string => `${stage}/${role}`;
const edgeId = (from: string, to: string): string => `${from}->${to}`;
const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `value` to the set under `key`; the sets are sorted when the merge is done. */
function collect<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

const sortedRecord = <V>(map: Map<string, Set<V>>): Record<string, V[]> => Object.fromEntries([...map].map(([key, set]) => [key, sorted(set)]));

export function mergeNational(corpus: Corpus): NationalModel {
  const regions = [...corpus.regions.values()].sort((a, b) => (a.folder < b.folder ? -1 : 1));
  // One location per step, shared by its node and by the referrals from and to it: at 5,000
  // procedures a location per mention was 255,000 objects, 12 MB live while rendering.
  const located = new Map<string, { node: string; step: Step; at: StepLocation }>();
  const nodes = new Map<string, NationalNode>();
  const stageCoverage: NationalModel['stageCoverage'] = {};
  const pathwayCoverage: NationalModel['pathwayCoverage'] = {};

  for (const region of regions) {
    stageCoverage[region.folder] = Object.fromEntries([...corpus.catalogue.stages.keys()].map((s) => [s, []]));
    pathwayCoverage[region.folder] = Object.fromEntries([...corpus.catalogue.pathways.keys()].map((p) => [p, []]));
    for (const procedure of sortedProcedures(region.procedures)) {
      for (const stage of procedure.stages) stageCoverage[region.folder]![stage]?.push(procedure.id);
      for (const pathway of procedure.pathways) pathwayCoverage[region.folder]![pathway]?.push(procedure.id);
      for (const step of procedure.steps) {
        const id = nodeId(step.stage, step.actor);
        const node = nodes.get(id) ?? { id, stage: step.stage, role: step.actor, regions: [], steps: [] };
        const at: StepLocation = { region: region.folder, procedure: procedure.id, step: step.id };
        node.steps.push(at);
        // Regions are merged in order: the Region is new to the node unless it was the last one added.
        if (node.regions.at(-1) !== region.folder) node.regions.push(region.folder);
        nodes.set(id, node);
        located.set(stepKey(region.folder, procedure.id, step.id), { node: id, step, at });
      }
    }
  }

  const referrals = new Map<string, RegionalReferral[]>();
  const legalBasis = jointLists();
  for (const region of regions) {
    for (const procedure of sortedProcedures(region.procedures)) {
      for (const step of procedure.steps) {
        const from = located.get(stepKey(region.folder, procedure.id, step.id))!;
        for (const referral of step.referrals) {
          const to = located.get(refKey(referral.to));
          if (!to) continue;
          append(referrals, edgeId(from.node, to.node), {
            from: from.at,
            to: to.at,
            ...(referral.timeLimit ? { timeLimit: referral.timeLimit } : {}),
            consent: referral.consent,
            legalBasis: legalBasis(step.legalBasis, to.step.legalBasis),
          });
        }
      }
    }
  }
  const edges = [...referrals].map(([id, list]) => aggregateEdge(id, list)).sort(byId);
  const nodeList = [...nodes.values()].sort(byId);
  const counts = new Map(regions.map((r) => [r.folder, { steps: 0, referrals: 0 }]));
  for (const node of nodeList) for (const s of node.steps) counts.get(s.region)!.steps++;
  for (const edge of edges) for (const r of edge.referrals) counts.get(r.from.region)!.referrals++;
  return {
    regions: regions.map((r) => ({ id: r.folder, name: r.name, procedures: r.procedures.size, ...counts.get(r.folder)! })),
    nodes: nodeList,
    edges,
    stageCoverage,
    pathwayCoverage,
    divergences: divergences(regions.map((r) => r.folder), nodeList, edges, stageCoverage, pathwayCoverage),
  };
}

/**
 * The sorted union of two lists, one copy per pair of lists. A referral cites its two steps'
 * legal bases, and the steps share a few lists (model/texts.ts): at 5,000 procedures a union
 * per referral was 57,000 arrays. Frozen, since one stands for many.
 */
function jointLists(): (a: readonly string[], b: readonly string[]) => string[] {
  const unions = new Map<readonly string[], Map<readonly string[], readonly string[]>>();
  return (a, b) => {
    let withA = unions.get(a);
    if (!withA) unions.set(a, (withA = new Map()));
    let union = withA.get(b);
    if (!union) withA.set(b, (union = Object.freeze(sorted(new Set([...a, ...b])))));
    return union as string[];
  };
}

function sortedProcedures(procedures: Map<string, Procedure>): Procedure[] {
  return [...procedures.values()].sort(byId);
}

function aggregateEdge(id: string, referrals: RegionalReferral[]): NationalEdge {
  const [from, to] = id.split('->') as [string, string];
  const regions = sorted(new Set(referrals.map((r) => r.from.region)));
  const limits = referrals.map((r) => r.timeLimit).filter((t): t is string => t !== undefined).sort((a, b) => durationHours(a) - durationHours(b));
  const consent = new Map<string, Set<Consent>>();
  const legalBasis = new Map<string, Set<string>>();
  for (const referral of referrals) {
    const region = referral.from.region;
    collect(consent, region, referral.consent);
    for (const basis of referral.legalBasis) collect(legalBasis, basis, region);
  }
  return {
    id, from, to, regions,
    ...(limits.length > 0 ? { timeLimit: { min: limits[0]!, max: limits.at(-1)! } } : {}),
    consent: sortedRecord(consent),
    legalBasis: sortedRecord(new Map([...legalBasis].sort(([a], [b]) => (a < b ? -1 : 1)))),
    referrals,
  };
}

/** How many of `byRegion`'s Regions do something other than the most common choice. */
function departures(byRegion: Record<string, string[]>): number {
  const counts = new Map<string, number>();
  for (const values of Object.values(byRegion)) {
    const key = values.join(' | ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.keys(byRegion).length - Math.max(0, ...counts.values());
}

function divergences(
  regions: string[],
  nodes: NationalNode[],
  edges: NationalEdge[],
  stageCoverage: NationalModel['stageCoverage'],
  pathwayCoverage: NationalModel['pathwayCoverage'],
): Divergence[] {
  const found: Divergence[] = [];
  const add = (kind: Divergence['kind'], subject: string, byRegion: Record<string, string[]>, regionsDiffering = departures(byRegion)) => {
    if (regionsDiffering > 0) found.push({ kind, subject, regionsDiffering, byRegion });
  };
  // Where Regions send the person next from the same (stage, role).
  const leaving = new Map<string, NationalEdge[]>();
  for (const edge of edges) append(leaving, edge.from, edge);
  for (const node of nodes) {
    const receivers = new Map<string, Set<string>>();
    for (const edge of leaving.get(node.id) ?? []) {
      for (const region of edge.regions) collect(receivers, region, edge.to.split('/')[1]!);
    }
    if (receivers.size > 1) add('receiving-role', node.id, sortedRecord(receivers));
  }
  for (const edge of edges.filter((e) => e.regions.length > 1)) {
    const limits = new Map<string, Set<string>>();
    for (const r of edge.referrals) collect(limits, r.from.region, r.timeLimit ?? 'none');
    add('time-limit', edge.id, sortedRecord(limits));
    add('consent', edge.id, edge.consent);
    const cited = new Map<string, string[]>(edge.regions.map((region) => [region, []]));
    // Bases are in sorted order, so each Region's list comes out sorted as well.
    for (const [basis, citing] of Object.entries(edge.legalBasis)) for (const region of citing) cited.get(region)!.push(basis);
    add('legal-basis', edge.id, Object.fromEntries(cited));
  }
  for (const [kind, coverage] of [['stage-gap', stageCoverage], ['pathway-gap', pathwayCoverage]] as const) {
    const subjects = Object.keys(coverage[regions[0]!] ?? {});
    for (const subject of subjects) {
      const missing = regions.filter((region) => coverage[region]![subject]!.length === 0);
      const byRegion = Object.fromEntries(regions.map((region) => [region, coverage[region]![subject]!]));
      if (missing.length > 0) add(kind, subject, byRegion, missing.length);
    }
  }
  const order: Divergence['kind'][] = ['receiving-role', 'time-limit', 'consent', 'legal-basis', 'stage-gap', 'pathway-gap'];
  return found.sort((a, b) => b.regionsDiffering - a.regionsDiffering || order.indexOf(a.kind) - order.indexOf(b.kind) || (a.subject < b.subject ? -1 : 1));
}

const roleSteps = new WeakMap<NationalModel, Map<string, Map<string, StepLocation[]>>>();

/**
 * Role → Region → the role's steps there, in node order: read once per model, as each national
 * role page, the national handbook and the Region files of the JSON show every role per Region.
 */
export function roleStepsByRegion(model: NationalModel): Map<string, Map<string, StepLocation[]>> {
  let index = roleSteps.get(model);
  if (index) return index;
  index = new Map();
  for (const node of model.nodes) {
    let byRegion = index.get(node.role);
    if (!byRegion) index.set(node.role, (byRegion = new Map()));
    for (const step of node.steps) append(byRegion, step.region, step);
  }
  roleSteps.set(model, index);
  return index;
}
