// national-model.json: the merged model in the vocabulary of the front-matter (snake_case),
// with the catalogue and links back to every regional step. Validated before it is written.
import type { Corpus, NationalModel, StepLocation } from '../../model/types.js';
import { assertValid } from '../../schemas.js';
import { anchor, page } from '../urls.js';

const located = (location: StepLocation) => ({ ...location, url: `${page.procedure(location.region, location.procedure)}#${anchor.step(location.step)}` });

export function nationalJson(corpus: Corpus, model: NationalModel): string {
  const { catalogue } = corpus;
  const regions = [...corpus.regions.values()].sort((a, b) => (a.folder < b.folder ? -1 : 1));
  const data = {
    schema: 'urn:sopbook:schema:national-model:1',
    stages: [...catalogue.stages.values()].map(({ id, order, name }) => ({ id, order, name })),
    pathways: [...catalogue.pathways.values()].map(({ id, name }) => ({ id, name })),
    regions: model.regions,
    roles: [...catalogue.roles.values()].map((role) => ({
      id: role.id,
      name: role.name,
      mandate: role.mandate,
      legal_basis: role.legalBasis,
      by_region: Object.fromEntries(
        regions.map((region) => [
          region.folder,
          {
            actors: [...region.actors.values()].filter((a) => a.role === role.id).map((a) => ({ id: a.id, name: a.name })),
            steps: model.nodes.filter((n) => n.role === role.id).flatMap((n) => n.steps).filter((s) => s.region === region.folder).map(located),
          },
        ]),
      ),
    })),
    nodes: model.nodes.map((node) => ({ ...node, steps: node.steps.map(located) })),
    edges: model.edges.map((edge) => ({
      id: edge.id,
      from: edge.from,
      to: edge.to,
      regions: edge.regions,
      ...(edge.timeLimit ? { time_limit: edge.timeLimit } : {}),
      consent: edge.consent,
      legal_basis: edge.legalBasis,
      referrals: edge.referrals.map((r) => ({
        from: located(r.from),
        to: located(r.to),
        ...(r.timeLimit ? { time_limit: r.timeLimit } : {}),
        consent: r.consent,
        legal_basis: r.legalBasis,
      })),
    })),
    stage_coverage: model.stageCoverage,
    pathway_coverage: model.pathwayCoverage,
    divergences: model.divergences.map((d) => ({ kind: d.kind, subject: d.subject, regions_differing: d.regionsDiffering, by_region: d.byRegion })),
  };
  assertValid('national-model', data);
  return `${JSON.stringify(data, null, 2)}\n`;
}
