// The benchmark's synthetic corpus: deterministic, valid, and shaped as the issue asks.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, TODAY } from '../../bench/generate.mjs';
import { check, type CheckResult } from '../../src/index.js';

const SIZE = { regions: 2, procedures: 6 };
const dirs: string[] = [];

async function generated(seed: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sop-bench-gen-'));
  dirs.push(dir);
  generate({ ...SIZE, seed, out: dir });
  return dir;
}

/** Every file of a tree, relative path → bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

let first: string;
let result: CheckResult;
let procedures: Array<{ file: string; text: string }>;

beforeAll(async () => {
  first = await generated('42');
  result = await check(first, { today: TODAY });
  const files = await tree(first);
  procedures = [...files].filter(([file]) => file.endsWith('.md')).map(([file, bytes]) => ({ file, text: bytes.toString('utf8') }));
});

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('bench/generate.mjs', () => {
  it('writes byte-identical trees for the same arguments, and a different corpus for another seed', async () => {
    const again = await tree(await generated('42'));
    const before = await tree(first);
    expect([...again.keys()]).toEqual([...before.keys()]);
    for (const [file, bytes] of before) expect(again.get(file)!.equals(bytes), file).toBe(true);

    const other = await tree(await generated('43'));
    expect([...other.keys()].sort()).toEqual([...before.keys()].sort());
    const differing = [...before].filter(([file, bytes]) => file.endsWith('.md') && !other.get(file)!.equals(bytes));
    expect(differing.length).toBe(procedures.length);
  });

  it('lays out the national catalogue and N Regions × M procedures', async () => {
    const entries = (await readdir(first)).sort();
    expect(entries).toEqual(['_national', 'regione-001', 'regione-002']);
    const { regions } = result.loaded.corpus;
    expect([...regions.values()].map((r) => r.procedures.size)).toEqual([6, 6]);
    for (const region of regions.values()) {
      expect(region.illustrative, region.id).toBe(true);
      expect(region.name).toMatch(/sintetic/);
    }
    const shipped = await tree(path.join(process.cwd(), 'procedures', '_national'));
    const copied = await tree(path.join(first, '_national'));
    expect(copied).toEqual(shipped);
  });

  it('passes sop check with no errors and no warnings', () => {
    const messages = result.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`));
    expect(messages).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(0);
  });

  it('writes procedures of 4–8 KB with 6–15 steps', () => {
    for (const { file, text } of procedures) {
      const bytes = Buffer.byteLength(text);
      expect(bytes, file).toBeGreaterThanOrEqual(4096);
      expect(bytes, file).toBeLessThanOrEqual(8192);
    }
    for (const region of result.loaded.corpus.regions.values()) {
      for (const procedure of region.procedures.values()) {
        expect(procedure.steps.length, procedure.id).toBeGreaterThanOrEqual(6);
        expect(procedure.steps.length, procedure.id).toBeLessThanOrEqual(15);
      }
    }
  });

  it('has body prose with headings, a GFM table, lists and links to roles and steps', () => {
    for (const { file, text } of procedures) {
      const body = text.slice(text.indexOf('\n---\n', 4) + 5);
      expect(body, file).toMatch(/^# /m);
      expect(body, file).toMatch(/^## /m);
      expect(body, file).toMatch(/^\| --- \| --- \|/m);
      expect(body, file).toMatch(/^- /m);
      expect(body, file).toMatch(/\]\(role:[a-z-]+\)/);
      expect(body, file).toMatch(/\]\(step:[a-z0-9-]+\)/);
    }
  });

  it('refers within procedures, across procedures and across Regions, in the model and in the prose', () => {
    const referrals = [...result.loaded.graph.outgoing.values()].flat();
    const within = referrals.filter((e) => e.from.procedure === e.to.procedure);
    const acrossProcedures = referrals.filter((e) => e.from.procedure !== e.to.procedure && e.from.region === e.to.region);
    const acrossRegions = referrals.filter((e) => e.from.region !== e.to.region);
    expect(within.length).toBeGreaterThan(0);
    expect(acrossProcedures.length).toBeGreaterThan(0);
    expect(acrossRegions.length).toBeGreaterThan(0);
    const prose = procedures.map((p) => p.text).join('\n');
    expect(prose).toMatch(/\]\(step:[a-z0-9-]+#[a-z0-9-]+\)/);
    expect(prose).toMatch(/\]\(step:regione-\d{3}\/[a-z0-9-]+#[a-z0-9-]+\)/);
  });

  it('contains no e-mail address and no phone number but the national helpline', () => {
    const texts = [...procedures.map((p) => p.text)];
    for (const region of result.loaded.corpus.regions.values()) texts.push(String(region.origin.source.file.value));
    const found = texts.flatMap((text) =>
      [...text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+|(?:\+39\s?)?\b(?:0\d{1,3}|3\d{2}|80[03])[ .\/]?\d{3}[ .]?\d{3,4}\b/g)]
        .map((m) => m[0])
        .filter((m) => m.replace(/\D/g, '') !== '800290290'),
    );
    expect(found).toEqual([]);
  });
});
