// The merged national map, one stage at a time: the roles acting at the stage in any Region and
// where their referrals go, each edge linked to its row in the table beside the diagram.
import { nodeLabel, regionName } from '../national/common.js';
import type { Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { inParts, type StageView, type ViewEdge, type ViewNode } from './stages.js';

/** The national map's views, stage by stage in the catalogue's order; `from` is the page they are shown on. */
export function nationalViews(site: Site, from: string): StageView[] {
  const { t, corpus } = site;
  const model = site.national!();
  const { roles, stages } = corpus.catalogue;
  const roleName = (id: string) => roles.get(id)?.name[t.lang] ?? id;
  const total = model.regions.length;
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  return [...stages.keys()].flatMap((stage) => {
    const acting = model.nodes.filter((n) => n.stage === stage).sort((a, b) => b.regions.length - a.regions.length || roleName(a.role).localeCompare(roleName(b.role)));
    if (acting.length === 0) return [];
    const sources: ViewNode[] = acting.map((n) => ({ key: n.id, texts: [roleName(n.role), t.diagrams.inRegions(n.regions.length, total)], url: href(from, page.nationalRole(n.role)), tooltip: nodeLabel(site, n.id) }));
    const targets = new Map<string, ViewNode>();
    const edges: ViewEdge[] = [];
    for (const [i, edge] of model.edges.entries()) {
      const source = byId.get(edge.from);
      const target = byId.get(edge.to);
      if (source?.stage !== stage || !target) continue;
      if (!targets.has(target.id)) {
        const where = target.stage !== stage ? [`(${stages.get(target.stage)?.name[t.lang] ?? target.stage})`] : [];
        targets.set(target.id, { key: target.id, texts: [roleName(target.role), ...where], url: href(from, page.nationalRole(target.role)), tooltip: nodeLabel(site, target.id) });
      }
      edges.push({
        from: edge.from,
        to: edge.to,
        weight: edge.regions.length / total,
        url: `#${anchor.edge(i)}`,
        tooltip: `${nodeLabel(site, edge.from)} → ${nodeLabel(site, edge.to)}: ${edge.regions.map((r) => regionName(site, r)).join(', ')}`,
      });
    }
    const ordered = [...targets.values()].sort((a, b) => a.texts.join(' ').localeCompare(b.texts.join(' ')));
    return inParts(stage, sources, ordered, edges);
  });
}
