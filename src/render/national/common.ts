import type { ElementContent } from 'hast';
import type { StepLocation } from '../../model/types.js';
import { linkTo, stepName } from '../components.js';
import type { Site } from '../site.js';
import { anchor, page } from '../urls.js';

export const nationalScope = (site: Site) => ({ folder: 'national', name: site.t.national.title });
export const nationalCrumbs = (site: Site) => [{ label: site.t.national.title, path: page.national() }];

/** "Stage — Role" for a node id `stage/role`. */
export function nodeLabel(site: Site, id: string): string {
  const [stage, role] = id.split('/') as [string, string];
  const { stages, roles } = site.corpus.catalogue;
  return `${stages.get(stage)?.name[site.t.lang] ?? stage} — ${roles.get(role)?.name[site.t.lang] ?? role}`;
}

export function regionName(site: Site, region: string): string {
  return site.corpus.regions.get(region)?.name ?? region;
}

/** A link down to a regional step, labelled with its procedure and step. */
export function stepLink(site: Site, from: string, location: StepLocation, withRegion = true): ElementContent {
  const procedure = site.corpus.regions.get(location.region)?.procedures.get(location.procedure);
  const label = `${withRegion ? `${regionName(site, location.region)}: ` : ''}${procedure?.title ?? location.procedure} — ${stepName(site, procedure, location.step)}`;
  return linkTo(site, from, location.region, page.procedure(location.region, location.procedure), label, anchor.step(location.step));
}
