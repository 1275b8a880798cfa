// The national model as JSON, in the vocabulary of the front-matter (snake_case): an index
// (national-model.json: the catalogue, the Regions with their files, the nodes and edges between
// them, the referrals across Regions, the divergences) and one file per Region with that Region's
// share (its roles' actors and steps, its steps in each node, its referrals in each edge, its
// coverage, its side of each divergence). Pieces keep every file small however large the corpus;
// together they hold the whole merged model. Each is validated before it is written.
import { createHash } from 'node:crypto';
import { roleStepsByRegion } from '../../model/national.js';
import type { Corpus, NationalEdge, NationalModel, RegionalReferral, StepLocation } from '../../model/types.js';
import { assertValid } from '../../schemas.js';
import { anchor, page } from '../urls.js';

const located = (location: StepLocation) => ({ ...location, url: `${page.procedure(location.region, location.procedure)}#${anchor.step(location.step)}` });
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

interface Digest {
  bytes: number;
  sha256: string;
}

function digestOf(text: string): Digest {
  return { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
}

/**
 * The index names each Region file with its digest; the file's job leaves it here, so that the
 * index need not make the file again. By corpus: the file is made from it and its model.
 */
const digests = new WeakMap<Corpus, Map<string, Digest>>();

interface RegionShare {
  nodes: Map<string, StepLocation[]>;
  edges: Map<NationalEdge, RegionalReferral[]>;
  divergences: Array<{ kind: string; subject: string; values: string[] }>;
}
/**
 * The shares not yet taken, by model. Each Region's file is made once a build, and takes its
 * share with it: kept to the end, the shares were 11 MB of the live heap of 5,000 procedures
 * through the national pages that follow the files, where that build's memory peaks.
 */
const shares = new WeakMap<NationalModel, Map<string, RegionShare>>();

/** A Region's share of the nodes, edges and divergences; every Region's is sorted out in one pass over the model. */
function takeShare(model: NationalModel, folder: string): RegionShare {
  let found = shares.get(model);
  // Asked for again (`sop dev` remaking a file from the same model): sorted out again.
  if (!found?.has(folder)) shares.set(model, (found = regionShares(model)));
  const share = found.get(folder)!;
  found.delete(folder);
  return share;
}

function regionShares(model: NationalModel): Map<string, RegionShare> {
  const found = new Map<string, RegionShare>(model.regions.map((region) => [region.id, { nodes: new Map(), edges: new Map(), divergences: [] }]));
  const share = (region: string) => found.get(region)!;
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);
  for (const node of model.nodes) for (const step of node.steps) add(share(step.region).nodes, node.id, step);
  for (const edge of model.edges) for (const referral of edge.referrals) add(share(referral.from.region).edges, edge, referral);
  for (const d of model.divergences) {
    for (const [region, values] of Object.entries(d.byRegion)) share(region).divergences.push({ kind: d.kind, subject: d.subject, values });
  }
  return found;
}

/** A Region's file name under national/, as the index lists it. */
const regionFile = (folder: string): string => page.nationalRegionJson(folder).slice('national/'.length);

/** `national/regions/<folder>.json`: one Region's share of the national model. */
export function nationalRegionJson(corpus: Corpus, model: NationalModel, folder: string): string {
  const region = model.regions.find((r) => r.id === folder)!;
  const actors = [...corpus.regions.get(folder)!.actors.values()];
  const share = takeShare(model, folder);
  const byRole = roleStepsByRegion(model);
  const data = {
    schema: 'urn:sopbook:schema:national-region:1',
    region,
    roles: [...corpus.catalogue.roles.values()].map((role) => ({
      id: role.id,
      actors: actors.filter((a) => a.role === role.id).map((a) => ({ id: a.id, name: a.name })),
      steps: (byRole.get(role.id)?.get(folder) ?? []).map(located),
    })),
    nodes: [...share.nodes].map(([id, steps]) => ({ id, steps: steps.map(located) })),
    edges: [...share.edges].map(([edge, referrals]) => ({
      id: edge.id,
      consent: edge.consent[folder]!,
      legal_basis: Object.keys(edge.legalBasis).filter((basis) => edge.legalBasis[basis]!.includes(folder)),
      referrals: referrals.map((r) => ({
        from: located(r.from),
        to: located(r.to),
        ...(r.timeLimit ? { time_limit: r.timeLimit } : {}),
        consent: r.consent,
        legal_basis: r.legalBasis,
      })),
    })),
    stage_coverage: model.stageCoverage[folder]!,
    pathway_coverage: model.pathwayCoverage[folder]!,
    divergences: share.divergences,
  };
  assertValid('national-region', data);
  const text = json(data);
  (digests.get(corpus) ?? digests.set(corpus, new Map()).get(corpus)!).set(folder, digestOf(text));
  return text;
}

/** `national/national-model.json`: the catalogue, the Regions and their files, and what crosses Regions. */
export function nationalJson(corpus: Corpus, model: NationalModel): string {
  const { catalogue } = corpus;
  const digest = (folder: string) => digests.get(corpus)?.get(folder) ?? digestOf(nationalRegionJson(corpus, model, folder));
  const across = new Map<string, number>();
  for (const edge of model.edges) {
    for (const r of edge.referrals) {
      if (r.from.region !== r.to.region) across.set(`${r.from.region} ${r.to.region}`, (across.get(`${r.from.region} ${r.to.region}`) ?? 0) + 1);
    }
  }
  const data = {
    schema: 'urn:sopbook:schema:national-model:2',
    stages: [...catalogue.stages.values()].map(({ id, order, name }) => ({ id, order, name })),
    pathways: [...catalogue.pathways.values()].map(({ id, name }) => ({ id, name })),
    regions: model.regions.map((region) => ({ ...region, file: regionFile(region.id), ...digest(region.id) })),
    roles: [...catalogue.roles.values()].map((role) => ({ id: role.id, name: role.name, mandate: role.mandate, legal_basis: role.legalBasis })),
    nodes: model.nodes.map(({ id, stage, role, regions }) => ({ id, stage, role, regions })),
    edges: model.edges.map((edge) => ({
      id: edge.id,
      from: edge.from,
      to: edge.to,
      regions: edge.regions,
      ...(edge.timeLimit ? { time_limit: edge.timeLimit } : {}),
    })),
    cross_region_referrals: [...across].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, referrals]) => {
      const [from, to] = key.split(' ') as [string, string];
      return { from, to, referrals };
    }),
    divergences: model.divergences.map((d) => ({ kind: d.kind, subject: d.subject, regions_differing: d.regionsDiffering })),
  };
  assertValid('national-model', data);
  return json(data);
}
