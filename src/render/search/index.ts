// The offline search indexes: built with MiniSearch at build time and shipped as scripts (not
// JSON), because pages opened from file:// cannot fetch(). One index per Region and one for the
// national section; the landing and national pages load them all, so one search finds
// everything, and a Region's pages load only their own.
import { toString } from 'mdast-util-to-string';
import { startsByRegion } from '../../cases/start.js';
import type { Case, Region } from '../../model/types.js';
import { onHelper } from '../helpers.js';
import type { Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { searchIndexScript, type SearchDocument, type SearchIndexTask } from './script.js';

export function regionSearchDocuments(site: Site, region: Region, roles: string[]): SearchDocument[] {
  const { t, corpus } = site;
  const local = (target: string, fragment?: string) => `${target.slice(region.folder.length + 1)}${fragment ? `#${fragment}` : ''}`;
  const bodies = (role: string) => [...region.actors.values()].filter((actor) => actor.role === role).map((actor) => actor.name);
  const documents: SearchDocument[] = [];
  for (const procedure of region.procedures.values()) {
    documents.push({ id: `p:${procedure.id}`, kind: 'procedure', title: procedure.title, text: toString(procedure.body()), url: local(page.procedure(region.folder, procedure.id)) });
    procedure.steps.forEach((step, i) => {
      const role = corpus.catalogue.roles.get(step.actor)?.name[t.lang] ?? step.actor;
      const localActor = step.localActor ? region.actors.get(step.localActor)?.name : undefined;
      documents.push({
        id: `s:${procedure.id}#${step.id}`,
        kind: 'step',
        title: t.stepNamed(i + 1, step.title),
        text: `${step.action} ${step.id}`,
        actor: [role, ...(localActor ? [localActor] : bodies(step.actor))].join(' '),
        context: procedure.title,
        url: local(page.procedure(region.folder, procedure.id), anchor.step(step.id)),
      });
    });
  }
  for (const id of roles) {
    const role = corpus.catalogue.roles.get(id)!;
    documents.push({ id: `r:${id}`, kind: 'role', title: role.name[t.lang], text: `${role.mandate.text[t.lang]} ${id}`, actor: bodies(id).join(' '), url: local(page.role(region.folder, id)) });
  }
  const cases = (site.cases ?? []).filter((item) => startsByRegion(item, site.corpus).has(region.id));
  return [...documents, ...caseSearchDocuments(site, region.folder, cases)];
}

/**
 * The case studies, found by title and summary, for the index of `folder` (a Region's: the cases
 * that run in it; national: all). The landing page loads several indexes, so search.js shows a
 * case found in more than one of them once.
 */
export function caseSearchDocuments(site: Site, folder: string, cases: readonly Case[] = site.cases ?? []): SearchDocument[] {
  return cases.map((item) => ({ id: `c:${item.id}`, kind: 'case', title: item.title, text: item.summary ?? '', url: href(page.searchIndex(folder), page.case(item.id)) }));
}

/**
 * The index as a script that adds itself to `window.SOPBOOK_SEARCH`, for
 * templates/assets/search.js: `folder` is where its URLs start, `name` the section searched.
 * Indexing is plain data in, text out, so a helper thread does it when the render has one.
 */
export function searchScript(site: Site, section: SearchIndexTask['section'], documents: SearchDocument[]): Promise<string> {
  const { t } = site;
  const labels = { procedure: t.kindProcedure, role: t.kindRole, step: t.kindStep, stage: t.stages, divergence: t.national.divergences, case: t.kindCase };
  const task = { section, labels, documents };
  return onHelper({ searchIndex: task }) ?? Promise.resolve(searchIndexScript(task));
}
