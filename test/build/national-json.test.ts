// The national model's JSON as built from the shipped corpus: an index and one file per Region,
// each valid against its schema, that merged back hold the whole model the single file of
// schema version 1 held (test/fixtures/national-json/national-model-v1.schema.json).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { mergeNational } from '../../src/model/national.js';
import type { Corpus } from '../../src/model/types.js';
import { createSite } from '../../src/render/index.js';
import { nationalRegionJson } from '../../src/render/national/json.js';
import { copyProject, FIXTURES, REPO } from '../helpers.js';
import { outputFiles } from '../html.js';

interface Located { region: string; procedure: string; step: string; url: string }
interface Referral { from: Located; to: Located; time_limit?: string; consent: string; legal_basis: string[] }
interface Index {
  regions: Array<{ id: string; name: string; procedures: number; steps: number; referrals: number; file: string; bytes: number; sha256: string }>;
  roles: Array<{ id: string }>;
  nodes: Array<{ id: string }>;
  edges: Array<{ id: string; regions: string[] }>;
  cross_region_referrals: Array<{ from: string; to: string; referrals: number }>;
  divergences: Array<{ kind: string; subject: string }>;
  [key: string]: unknown;
}
interface RegionFile {
  region: { id: string };
  roles: Array<{ id: string; actors: unknown[]; steps: Located[] }>;
  nodes: Array<{ id: string; steps: Located[] }>;
  edges: Array<{ id: string; consent: string[]; legal_basis: string[]; referrals: Referral[] }>;
  stage_coverage: Record<string, string[]>;
  pathway_coverage: Record<string, string[]>;
  divergences: Array<{ kind: string; subject: string; values: string[] }>;
}

async function validator(file: string) {
  const ajv = new Ajv2020.default({ allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(await readFile(file, 'utf8')));
}

/** The pieces put back together in the shape of the single file of schema version 1. */
function merged(index: Index, pieces: RegionFile[]) {
  const find = <T extends { id: string }>(list: T[], id: string) => list.find((item) => item.id === id);
  return {
    schema: 'urn:sopbook:schema:national-model:1',
    stages: index.stages,
    pathways: index.pathways,
    regions: index.regions.map(({ id, name, procedures, steps, referrals }) => ({ id, name, procedures, steps, referrals })),
    roles: index.roles.map((role) => ({
      ...role,
      by_region: Object.fromEntries(pieces.map((piece) => {
        const { actors, steps } = find(piece.roles, role.id)!;
        return [piece.region.id, { actors, steps }];
      })),
    })),
    nodes: index.nodes.map((node) => ({ ...node, steps: pieces.flatMap((piece) => find(piece.nodes, node.id)?.steps ?? []) })),
    edges: index.edges.map((edge) => {
      const parts = pieces.flatMap((piece) => {
        const part = find(piece.edges, edge.id);
        return part ? [{ region: piece.region.id, ...part }] : [];
      });
      const bases = [...new Set(parts.flatMap((part) => part.legal_basis))].sort();
      return {
        ...edge,
        consent: Object.fromEntries(parts.map((part) => [part.region, part.consent])),
        legal_basis: Object.fromEntries(bases.map((basis) => [basis, parts.filter((part) => part.legal_basis.includes(basis)).map((part) => part.region)])),
        referrals: parts.flatMap((part) => part.referrals),
      };
    }),
    stage_coverage: Object.fromEntries(pieces.map((piece) => [piece.region.id, piece.stage_coverage])),
    pathway_coverage: Object.fromEntries(pieces.map((piece) => [piece.region.id, piece.pathway_coverage])),
    divergences: index.divergences.map((divergence) => ({
      ...divergence,
      by_region: Object.fromEntries(pieces.flatMap((piece) => {
        const side = piece.divergences.find((d) => d.kind === divergence.kind && d.subject === divergence.subject);
        return side ? [[piece.region.id, side.values]] : [];
      })),
    })),
  };
}

describe('the national JSON of the shipped corpus', () => {
  let dir: string;
  let index: Index;
  let pieces: RegionFile[];
  let corpus: Corpus;
  beforeAll(async () => {
    dir = await copyProject('../../procedures');
    const result = await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], national: true, pdf: false });
    expect(result.errors).toBe(0);
    corpus = (await check('procedures', { cwd: dir })).loaded.corpus;
    index = JSON.parse(await readFile(path.join(dir, 'dist/national/national-model.json'), 'utf8'));
    pieces = await Promise.all(index.regions.map(async (region) => JSON.parse(await readFile(path.join(dir, 'dist/national', region.file), 'utf8'))));
  }, 60_000);

  it('is an index and one file per Region, each valid against its schema', async () => {
    expect((await outputFiles(path.join(dir, 'dist'))).filter((file) => file.endsWith('.json'))).toEqual([
      'national/national-model.json',
      ...[...corpus.regions.keys()].sort().map((folder) => `national/regions/${folder}.json`),
    ]);
    const validIndex = await validator(path.join(REPO, 'schemas/national-model.schema.json'));
    expect(validIndex(index), JSON.stringify(validIndex.errors?.slice(0, 3))).toBe(true);
    const validRegion = await validator(path.join(REPO, 'schemas/national-region.schema.json'));
    for (const piece of pieces) expect(validRegion(piece), `${piece.region.id}: ${JSON.stringify(validRegion.errors?.slice(0, 3))}`).toBe(true);
    expect(pieces.map((piece) => piece.region)).toEqual(index.regions.map(({ id, name, procedures, steps, referrals }) => ({ id, name, procedures, steps, referrals })));
  });

  it('names each Region file with its size and SHA-256 digest', async () => {
    for (const region of index.regions) {
      const bytes = await readFile(path.join(dir, 'dist/national', region.file));
      expect(region.file).toBe(`regions/${region.id}.json`);
      expect(region.bytes).toBe(bytes.length);
      expect(region.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('merged, holds the whole model in the shape of schema version 1: every step in one node, every referral in one edge', async () => {
    const model = merged(index, pieces);
    const validV1 = await validator(path.join(FIXTURES, 'national-json/national-model-v1.schema.json'));
    expect(validV1(model), JSON.stringify(validV1.errors?.slice(0, 3))).toBe(true);
    const regions = [...corpus.regions.values()];
    const steps = regions.flatMap((r) => [...r.procedures.values()].flatMap((p) => p.steps.map((s) => `${r.folder}/${p.id}#${s.id}`)));
    expect(model.nodes.flatMap((n) => n.steps.map((s) => `${s.region}/${s.procedure}#${s.step}`)).sort()).toEqual(steps.sort());
    const referrals = regions.flatMap((r) => [...r.procedures.values()].flatMap((p) => p.steps.flatMap((s) => s.referrals.map((ref) => `${r.folder}/${p.id}#${s.id} ${ref.to.region}/${ref.to.procedure}#${ref.to.step}`))));
    expect(model.edges.flatMap((e) => e.referrals.map((r) => `${r.from.region}/${r.from.procedure}#${r.from.step} ${r.to.region}/${r.to.procedure}#${r.to.step}`)).sort()).toEqual(referrals.sort());
    for (const edge of model.edges) {
      expect(edge.regions).toEqual([...new Set(edge.referrals.map((r) => r.from.region))].sort());
      expect(Object.keys(edge.consent)).toEqual(edge.regions);
    }
    // Every role in every Region, with the steps its procedures give it.
    for (const role of model.roles) {
      for (const region of regions) {
        const acting = [...region.procedures.values()].flatMap((p) => p.steps.filter((s) => s.actor === role.id).map((s) => `${p.id}#${s.id}`));
        expect(role.by_region[region.folder]!.steps.map((s) => `${s.procedure}#${s.step}`).sort()).toEqual(acting.sort());
      }
    }
    for (const region of regions) {
      for (const [stage, procedures] of Object.entries(model.stage_coverage[region.folder]!)) {
        expect(procedures).toEqual([...region.procedures.values()].filter((p) => p.stages.includes(stage)).map((p) => p.id).sort());
      }
    }
    // Each divergence has its sides: a gap names every Region, a difference at least two.
    for (const divergence of model.divergences) expect(Object.keys(divergence.by_region).length).toBeGreaterThan(divergence.kind.endsWith('-gap') ? regions.length - 1 : 1);
  });

  it('counts the referrals from each Region into each other one', () => {
    const counted = new Map<string, number>();
    for (const region of corpus.regions.values()) {
      for (const procedure of region.procedures.values()) {
        for (const referral of procedure.steps.flatMap((s) => s.referrals)) {
          if (referral.to.region !== region.folder) counted.set(`${region.folder}>${referral.to.region}`, (counted.get(`${region.folder}>${referral.to.region}`) ?? 0) + 1);
        }
      }
    }
    expect(counted.size).toBeGreaterThan(0);
    expect(index.cross_region_referrals.map((c) => [`${c.from}>${c.to}`, c.referrals])).toEqual([...counted].sort(([a], [b]) => (a < b ? -1 : 1)));
  });

  it('makes a Region file again from the same model, as `sop dev` may, with the same bytes', async () => {
    // A Region's share of the model goes with its file (render/national/json.ts): asked for again, it is sorted out again.
    const model = mergeNational(corpus);
    const folder = index.regions[0]!.id;
    const first = nationalRegionJson(corpus, model, folder);
    expect(nationalRegionJson(corpus, model, folder)).toBe(first);
    expect(first).toBe(await readFile(path.join(dir, 'dist/national', index.regions[0]!.file), 'utf8'));
  });

  it('merges the national model once for a build, when its outputs first ask for it', async () => {
    // The regional pages come first and are made without it (render/site.ts): a site that makes
    // it again for each national output would merge the corpus a hundred times at 5,000 procedures.
    const { loaded } = await check('procedures', { cwd: REPO, today: '2026-06-01' });
    const site = await createSite(loaded.corpus, loaded.graph, { lang: 'it', regions: [], national: true, edition: 'public' });
    const model = site.national!();
    expect(model.regions.length).toBe(loaded.corpus.regions.size);
    expect(site.national!()).toBe(model);
    const without = await createSite(loaded.corpus, loaded.graph, { lang: 'it', regions: [], national: false, edition: 'public' });
    expect(without.national).toBeUndefined();
  });
});
