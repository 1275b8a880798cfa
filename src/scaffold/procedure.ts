// A new draft procedure for a Region: valid front-matter with one example step that passes
// every rule, and the Region's roles listed as comments for the editor to copy.
import type { Actor, Catalogue, Region } from '../model/types.js';
import { fillTemplate, markdownText, yamlText } from './template.js';

export interface ProcedureDraft {
  id: string;
  title: string;
  region: Region;
  catalogue: Catalogue;
  /** YYYY-MM-DD */
  reviewBy: string;
  /** The `# yaml-language-server` line. */
  modeline: string;
}

/**
 * Roles that take a presumed victim into protection (graph/no-protection-route): a step by one
 * of them is a complete pathway on its own. The Numero Verde is national, so always reachable.
 */
const PROTECTION_ROLES = ['ente-antitratta', 'numero-verde'];

/** The role of the example step: a protection role the Region has an actor for, if any. */
export function exampleRole(region: Region): string {
  const filled = new Set([...region.actors.values()].map((actor) => actor.role));
  return PROTECTION_ROLES.find((role) => filled.has(role)) ?? 'numero-verde';
}

/** Actors of the Region grouped by the national role they fill, in the order they are written. */
function actorsByRole(region: Region): Map<string, Actor[]> {
  const byRole = new Map<string, Actor[]>();
  for (const actor of region.actors.values()) byRole.set(actor.role, [...(byRole.get(actor.role) ?? []), actor]);
  return byRole;
}

/** `#   - ente-antitratta   # Ente antitratta (progetto ex art. 18) — ente-beta: Ente antitratta di Beta` */
function roleList(region: Region, catalogue: Catalogue): string {
  const byRole = actorsByRole(region);
  const width = Math.max(...[...byRole.keys()].map((role) => role.length));
  return [...byRole]
    .map(([role, actors]) => {
      const name = catalogue.roles.get(role)?.name.it;
      const locals = actors.map((actor) => `${actor.id}: ${actor.name}`).join('; ');
      return `#   - ${role.padEnd(width)}  # ${name ? `${name} — ` : ''}${locals}`;
    })
    .join('\n');
}

export function procedureText(draft: ProcedureDraft): Promise<string> {
  const { region, catalogue } = draft;
  const role = exampleRole(region);
  const stages = [...catalogue.stages.values()].sort((a, b) => a.order - b.order).map((stage) => stage.id);
  const actions = catalogue.roles.get(role)?.mandate.actions ?? [];
  const localActor = actorsByRole(region).get(role)?.[0];
  return fillTemplate('procedure.md', {
    schema: draft.modeline,
    id: draft.id,
    title: yamlText(draft.title),
    region: region.id,
    review_by: draft.reviewBy,
    stage: stages[0] ?? 'emersione',
    stage_list: stages.join(', '),
    role_list: roleList(region, catalogue),
    role,
    role_name: markdownText(catalogue.roles.get(role)?.name.it ?? role),
    local_actor: localActor ? `    # local_actor: ${localActor.id}   # facoltativo: l'ente che svolge il passo / optional: the body performing the step` : '',
    // The first kind of the mandate is the role's most general one (outreach, helpline support).
    action_kind: actions[0] ?? 'report-case',
    action_list: actions.join(', '),
  });
}

/** A year from `today` (YYYY-MM-DD): the usual review cycle of a draft. */
export function defaultReviewBy(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}
