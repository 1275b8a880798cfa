// The merge: every Region's steps and referrals folded into one national referral model,
// with the coverage of stages and pathways and where Regions diverge. Pure: model in, data out.
import { durationHours } from './duration.js';
import type {
  Consent, Corpus, Divergence, NationalEdge, NationalModel, NationalNode, Procedure, RegionalReferral,
} from './types.js';

export const nodeId = (stage: string, role: string): string => `${stage}/${role}`;
const edgeId = (from: string, to: string): string => `${from}->${to}`;
const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export function mergeNational(corpus: Corpus): NationalModel {
  const regions = [...corpus.regions.values()].sort((a, b) => (a.folder < b.folder ? -1 : 1));
  const stepNode = new Map<string, string>();
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
        node.steps.push({ region: region.folder, procedure: procedure.id, step: step.id });
        if (!node.regions.includes(region.folder)) node.regions.push(region.folder);
        nodes.set(id, node);
        stepNode.set(`${region.folder}/${procedure.id}#${step.id}`, id);
      }
    }
  }

  const referrals = new Map<string, RegionalReferral[]>();
  for (const region of regions) {
    for (const procedure of sortedProcedures(region.procedures)) {
      for (const step of procedure.steps) {
        const from = stepNode.get(`${region.folder}/${procedure.id}#${step.id}`)!;
        for (const referral of step.referrals) {
          const to = stepNode.get(`${referral.to.region}/${referral.to.procedure}#${referral.to.step}`);
          if (!to) continue;
          const target = corpus.regions.get(referral.to.region)!.procedures.get(referral.to.procedure)!.steps.find((s) => s.id === referral.to.step)!;
          append(referrals, edgeId(from, to), {
            from: { region: region.folder, procedure: procedure.id, step: step.id },
            to: { region: referral.to.region, procedure: referral.to.procedure, step: referral.to.step },
            ...(referral.timeLimit ? { timeLimit: referral.timeLimit } : {}),
            consent: referral.consent,
            legalBasis: sorted(new Set([...step.legalBasis, ...target.legalBasis])),
          });
        }
      }
    }
  }
  const edges = [...referrals].map(([id, list]) => aggregateEdge(id, list)).sort(byId);
  const nodeList = [...nodes.values()].sort(byId);
  const count = (region: string) => ({
    steps: nodeList.reduce((n, node) => n + node.steps.filter((s) => s.region === region).length, 0),
    referrals: edges.reduce((n, edge) => n + edge.referrals.filter((r) => r.from.region === region).length, 0),
  });
  return {
    regions: regions.map((r) => ({ id: r.folder, name: r.name, procedures: r.procedures.size, ...count(r.folder) })),
    nodes: nodeList,
    edges,
    stageCoverage,
    pathwayCoverage,
    divergences: divergences(regions.map((r) => r.folder), nodeList, edges, stageCoverage, pathwayCoverage),
  };
}

function sortedProcedures(procedures: Map<string, Procedure>): Procedure[] {
  return [...procedures.values()].sort(byId);
}

function aggregateEdge(id: string, referrals: RegionalReferral[]): NationalEdge {
  const [from, to] = id.split('->') as [string, string];
  const regions = sorted(new Set(referrals.map((r) => r.from.region)));
  const limits = referrals.map((r) => r.timeLimit).filter((t): t is string => t !== undefined).sort((a, b) => durationHours(a) - durationHours(b));
  const consent: Record<string, Consent[]> = {};
  const legalBasis: Record<string, string[]> = {};
  for (const referral of referrals) {
    const region = referral.from.region;
    consent[region] = sorted(new Set([...(consent[region] ?? []), referral.consent]));
    for (const basis of referral.legalBasis) legalBasis[basis] = sorted(new Set([...(legalBasis[basis] ?? []), region]));
  }
  return {
    id, from, to, regions,
    ...(limits.length > 0 ? { timeLimit: { min: limits[0]!, max: limits.at(-1)! } } : {}),
    consent,
    legalBasis: Object.fromEntries(Object.entries(legalBasis).sort(([a], [b]) => (a < b ? -1 : 1))),
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
  for (const node of nodes) {
    const receivers: Record<string, string[]> = {};
    for (const edge of edges.filter((e) => e.from === node.id)) {
      for (const region of edge.regions) receivers[region] = sorted(new Set([...(receivers[region] ?? []), edge.to.split('/')[1]!]));
    }
    if (Object.keys(receivers).length > 1) add('receiving-role', node.id, receivers);
  }
  for (const edge of edges.filter((e) => e.regions.length > 1)) {
    const limits: Record<string, string[]> = {};
    for (const r of edge.referrals) limits[r.from.region] = sorted(new Set([...(limits[r.from.region] ?? []), r.timeLimit ?? 'none']));
    add('time-limit', edge.id, limits);
    add('consent', edge.id, edge.consent);
    const cited: Record<string, string[]> = Object.fromEntries(edge.regions.map((region) => [region, Object.keys(edge.legalBasis).filter((b) => edge.legalBasis[b]!.includes(region))]));
    add('legal-basis', edge.id, cited);
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
