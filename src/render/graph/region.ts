// A Region's network: its roles and the referrals between them, whole (for `sop graph`) or one
// stage at a time (the Region's home page).
import type { Messages } from '../../i18n/index.js';
import type { Corpus, Region, Step } from '../../model/types.js';
import { href, page } from '../urls.js';
import { box, style } from './dot.js';
import { inParts, type StageView, type ViewEdge, type ViewNode } from './stages.js';
import { dotString } from './svg.js';

/** A step of the Region and the step, in this Region or another, one of its referrals leads to. */
export interface RoleReferral {
  from: Step;
  toRegion: string;
  to: Step;
}

/** Every referral of the Region between steps of two different roles. */
export function roleReferrals(corpus: Corpus, region: Region): RoleReferral[] {
  const found: RoleReferral[] = [];
  for (const procedure of region.procedures.values()) {
    for (const step of procedure.steps) {
      for (const referral of step.referrals) {
        const target = corpus.regions.get(referral.to.region)?.procedures.get(referral.to.procedure)?.steps.find((s) => s.id === referral.to.step);
        if (target && target.actor !== step.actor) found.push({ from: step, toRegion: referral.to.region, to: target });
      }
    }
  }
  return found;
}

/** Referrals counted by a key of their two ends. */
function counted(referrals: RoleReferral[], key: (r: RoleReferral) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const referral of referrals) counts.set(key(referral), (counts.get(key(referral)) ?? 0) + 1);
  return counts;
}

/** Roles of a Region, with an edge wherever a step of one refers to a step of another. */
export function regionDot(corpus: Corpus, region: Region, t: Messages): string {
  const roleName = (id: string) => corpus.catalogue.roles.get(id)?.name[t.lang] ?? id;
  const counts = counted(roleReferrals(corpus, region), (r) => `${r.from.actor}\u0000${r.to.actor}`);
  const used = new Set([...region.procedures.values()].flatMap((p) => p.steps.map((s) => s.actor)));
  for (const key of counts.keys()) used.add(key.split('\u0000')[1]!);
  const lines = ['digraph region {', ...style('TB', 0.25, 0.5)];
  for (const role of [...used].sort()) lines.push(`${dotString(role)} [${box([roleName(role)], 110)}, tooltip=${dotString(roleName(role))}]`);
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [source, target] = key.split('\u0000') as [string, string];
    lines.push(`${dotString(source)} -> ${dotString(target)} [penwidth=${Math.min(1 + count / 2, 4).toFixed(1)}, tooltip=${dotString(t.diagrams.referralCount(count))}]`);
  }
  lines.push('}');
  return lines.join('\n');
}

/** The Region's map, stage by stage, in the catalogue's order of stages; `from` is the page it is shown on. */
export function regionViews(corpus: Corpus, region: Region, from: string, t: Messages, built: ReadonlySet<string>): StageView[] {
  const { roles, stages } = corpus.catalogue;
  const roleName = (id: string) => roles.get(id)?.name[t.lang] ?? id;
  const stageName = (id: string) => stages.get(id)?.name[t.lang] ?? id;
  const referrals = roleReferrals(corpus, region);
  const targetKey = (r: RoleReferral) => `${r.toRegion}/${r.to.stage}/${r.to.actor}`;
  const counts = counted(referrals, (r) => `${r.from.stage}/${r.from.actor}\u0000${targetKey(r)}`);
  const heaviest = Math.max(1, ...counts.values());
  const steps = [...region.procedures.values()].flatMap((p) => p.steps);
  return [...stages.keys()].flatMap((stage) => {
    const acting = [...new Set(steps.filter((s) => s.stage === stage).map((s) => s.actor))].sort((a, b) => roleName(a).localeCompare(roleName(b)));
    if (acting.length === 0) return [];
    const sources: ViewNode[] = acting.map((role) => ({ key: role, texts: [roleName(role)], url: href(from, page.role(region.folder, role)), tooltip: roleName(role) }));
    const targets = new Map<string, ViewNode>();
    const edges: ViewEdge[] = [];
    for (const r of referrals.filter((r) => r.from.stage === stage)) {
      const key = targetKey(r);
      if (!targets.has(key)) {
        const elsewhere = r.toRegion !== region.folder ? corpus.regions.get(r.toRegion)?.name ?? r.toRegion : undefined;
        const where = [r.to.stage !== stage ? stageName(r.to.stage) : undefined, elsewhere].filter((w): w is string => w !== undefined);
        targets.set(key, {
          key,
          texts: [roleName(r.to.actor), ...(where.length > 0 ? [`(${where.join(', ')})`] : [])],
          ...(built.has(r.toRegion) ? { url: href(from, page.role(r.toRegion, r.to.actor)) } : {}),
          tooltip: `${roleName(r.to.actor)} — ${stageName(r.to.stage)}`,
        });
      }
      const count = counts.get(`${stage}/${r.from.actor}\u0000${key}`)!;
      if (!edges.some((e) => e.from === r.from.actor && e.to === key)) edges.push({ from: r.from.actor, to: key, weight: count / heaviest, tooltip: `${roleName(r.from.actor)} → ${roleName(r.to.actor)}: ${t.diagrams.referralCount(count)}` });
    }
    const ordered = [...targets.values()].sort((a, b) => a.texts.join(' ').localeCompare(b.texts.join(' ')));
    return inParts(stage, sources, ordered, edges);
  });
}
