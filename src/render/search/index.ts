// The offline search index of a Region: built with MiniSearch at build time and shipped as a
// script (not JSON), because pages opened from file:// cannot fetch().
import type { Root } from 'mdast';
import MiniSearch from 'minisearch';
import { toString } from 'mdast-util-to-string';
import type { Region } from '../../model/types.js';
import type { Site } from '../site.js';
import { anchor, page } from '../urls.js';

/** Shared with templates/assets/search.js, which loads the index with the same options. */
export const SEARCH_OPTIONS = { fields: ['title', 'text'], storeFields: ['title', 'kind', 'url'], idField: 'id' } as const;

export interface SearchDocument {
  id: string;
  kind: 'procedure' | 'role' | 'step' | 'stage' | 'divergence';
  title: string;
  text: string;
  /** Relative to the section's folder (the Region's, or national/). */
  url: string;
}

export function regionSearchDocuments(site: Site, region: Region, roles: string[]): SearchDocument[] {
  const { t, corpus } = site;
  const local = (target: string, fragment?: string) => `${target.slice(region.folder.length + 1)}${fragment ? `#${fragment}` : ''}`;
  const documents: SearchDocument[] = [];
  for (const procedure of region.procedures.values()) {
    documents.push({ id: `p:${procedure.id}`, kind: 'procedure', title: procedure.title, text: toString(procedure.body as Root), url: local(page.procedure(region.folder, procedure.id)) });
    procedure.steps.forEach((step, i) => {
      const role = corpus.catalogue.roles.get(step.actor)?.name[t.lang] ?? step.actor;
      documents.push({
        id: `s:${procedure.id}#${step.id}`,
        kind: 'step',
        title: `${procedure.title} — ${t.step} ${i + 1}: ${role}`,
        text: `${step.action} ${step.id}`,
        url: local(page.procedure(region.folder, procedure.id), anchor.step(step.id)),
      });
    });
  }
  for (const id of roles) {
    const role = corpus.catalogue.roles.get(id)!;
    const actors = [...region.actors.values()].filter((actor) => actor.role === id).map((actor) => actor.name);
    documents.push({ id: `r:${id}`, kind: 'role', title: role.name[t.lang], text: `${role.mandate.text[t.lang]} ${actors.join(' ')} ${id}`, url: local(page.role(region.folder, id)) });
  }
  return documents;
}

/** The index as a script that sets `window.SOPBOOK_SEARCH`, for templates/assets/search.js. */
export function searchScript(site: Site, documents: SearchDocument[]): string {
  const { t } = site;
  const index = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  index.addAll(documents);
  const labels = { procedure: t.kindProcedure, role: t.kindRole, step: t.kindStep, stage: t.stages, divergence: t.national.divergences };
  // `<` is escaped so that no procedure text can close the script element.
  const json = JSON.stringify({ options: SEARCH_OPTIONS, labels, index: index.toJSON() }).replace(/</g, '\\u003c');
  return `window.SOPBOOK_SEARCH = ${json};\n`;
}
