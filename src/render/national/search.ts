import { caseSearchDocuments } from '../search/index.js';
import type { SearchDocument } from '../search/script.js';
import type { Site } from '../site.js';
import { anchor, page } from '../urls.js';
import { nodeLabel } from './common.js';

/** What the national section's search finds: roles, stages, divergences and every case study. */
export function nationalSearchDocuments(site: Site): SearchDocument[] {
  const { t, corpus } = site;
  const model = site.national!();
  return [
    ...[...corpus.catalogue.roles.values()].map((role) => ({ id: `r:${role.id}`, kind: 'role' as const, title: role.name[t.lang], text: `${role.mandate.text[t.lang]} ${role.id}`, url: `roles/${role.id}.html` })),
    ...[...corpus.catalogue.stages.values()].map((stage) => ({ id: `s:${stage.id}`, kind: 'stage' as const, title: stage.name[t.lang], text: stage.id, url: `coverage.html#${anchor.stage(stage.id)}` })),
    ...model.divergences.map((d, i) => ({
      id: `d:${i}`,
      kind: 'divergence' as const,
      title: `${t.national.kind[d.kind]}: ${d.kind === 'stage-gap' ? (corpus.catalogue.stages.get(d.subject)?.name[t.lang] ?? d.subject) : d.kind === 'pathway-gap' ? (corpus.catalogue.pathways.get(d.subject)?.name[t.lang] ?? d.subject) : d.subject.split('->').map((n) => nodeLabel(site, n)).join(' → ')}`,
      text: Object.keys(d.byRegion).map((region) => corpus.regions.get(region)?.name ?? region).join(' '),
      url: `${page.nationalDivergenceKind(d.kind).slice('national/'.length)}#${anchor.divergence(i)}`,
    })),
    ...caseSearchDocuments(site, 'national'),
  ];
}
