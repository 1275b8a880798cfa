// The ids a field may name, from the corpus (the national catalogue, the Region, the other
// procedures) and from the document being typed (its own steps, roles and stages), and what
// each id is, for completion and hover.
import type { LoadResult } from '../load/corpus.js';
import { lspMessages } from '../i18n/lsp.js';
import type { Lang, Procedure, Region, YamlPath } from '../model/types.js';
import type { IdKind } from './fields.js';

/** The document being typed, as plain data (what of it parses). */
export type Live = Record<string, unknown>;

export interface IdContext {
  model: LoadResult | undefined;
  lang: Lang;
  live: Live;
  /** Where the id is written (for the step around it). */
  path: YamlPath;
  /** The Region folder of the file, for a procedure or a region file. */
  folder?: string;
  /** The file is the Region's own region.yaml: its actors are those typed in it. */
  regionFile: boolean;
}

export interface Candidate {
  id: string;
  detail?: string;
  documentation?: string;
  /** 0 first: what fits the place best. */
  rank: number;
  deprecated?: boolean;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const records = (value: unknown): Live[] => list(value).filter((item): item is Live => typeof item === 'object' && item !== null);

/** The step around `path` in the document being typed (`steps.N…`). */
function stepAround(context: IdContext): Live | undefined {
  const [field, index] = context.path;
  return field === 'steps' && typeof index === 'number' ? records(context.live.steps)[index] : undefined;
}

function region(context: IdContext): Region | undefined {
  return context.folder === undefined ? undefined : context.model?.corpus.regions.get(context.folder);
}

/** The Region's actors: typed in region.yaml itself, or loaded from it for a procedure. */
function actors(context: IdContext): Array<{ id: string; role: string; name: string; area?: string }> {
  if (context.regionFile) {
    return records(context.live.actors).flatMap((actor) => {
      const [id, role, name] = [text(actor.id), text(actor.role), text(actor.name)];
      return id ? [{ id, role: role ?? '', name: name ?? '' }] : [];
    });
  }
  return [...(region(context)?.actors.values() ?? [])];
}

function ownSteps(context: IdContext): Array<{ id: string; action?: string; actor?: string }> {
  return records(context.live.steps).flatMap((step) => {
    const id = text(step.id);
    return id ? [{ id, action: text(step.action), actor: text(step.actor) }] : [];
  });
}

/** The other procedures of the Region, then those of the other Regions, as the model loaded them. */
function otherProcedures(context: IdContext): Array<{ prefix: string; procedure: Procedure; rank: number }> {
  const own = text(context.live.id);
  const found: Array<{ prefix: string; procedure: Procedure; rank: number }> = [];
  for (const [folder, other] of context.model?.corpus.regions ?? []) {
    for (const procedure of other.procedures.values()) {
      if (folder === context.folder) {
        if (procedure.id !== own) found.push({ prefix: procedure.id, procedure, rank: 1 });
      } else found.push({ prefix: `${folder}/${procedure.id}`, procedure, rank: 2 });
    }
  }
  return found;
}

export function candidates(kind: IdKind, context: IdContext): Candidate[] {
  const { model, lang } = context;
  const m = lspMessages[lang];
  const catalogue = model?.corpus.catalogue;
  const step = stepAround(context);
  const at = context.path.filter((part) => typeof part === 'string').join('.');
  switch (kind) {
    case 'role': {
      const listed = at === 'steps.actor' ? list(context.live.roles) : [];
      return [...(catalogue?.roles.values() ?? [])].map((role) => ({
        id: role.id,
        detail: role.name[lang] + (listed.includes(role.id) ? ` · ${m.listed}` : ''),
        documentation: `${m.mandate}: ${role.mandate.text[lang]}`,
        rank: listed.includes(role.id) ? 0 : 1,
      }));
    }
    case 'stage': {
      const listed = at === 'steps.stage' ? list(context.live.stages) : [];
      return [...(catalogue?.stages.values() ?? [])].sort((a, b) => a.order - b.order).map((stage) => ({
        id: stage.id,
        detail: `${stage.order}. ${stage.name[lang]}` + (listed.includes(stage.id) ? ` · ${m.listed}` : ''),
        rank: listed.includes(stage.id) ? 0 : 1,
      }));
    }
    case 'pathway':
      return [...(catalogue?.pathways.values() ?? [])].map((pathway) => ({ id: pathway.id, detail: pathway.name[lang], rank: 0 }));
    case 'action': {
      const role = step && catalogue?.roles.get(text(step.actor) ?? '');
      const competent = role ? role.mandate.actions : [];
      return [...(catalogue?.actions.values() ?? [])].map((action) => ({
        id: action.id,
        detail: action.name[lang] + (competent.includes(action.id) ? ` · ${m.inMandate}` : ''),
        ...(action.needsConsent ? { documentation: m.needsConsent } : {}),
        rank: competent.includes(action.id) ? 0 : 1,
      }));
    }
    case 'legal':
      return [...(catalogue?.legalReferences.values() ?? [])].map((reference) => ({
        id: reference.id,
        detail: [reference.citation, reference.article].filter(Boolean).join(', '),
        ...(reference.repealedBy ? { documentation: `${m.repealedBy} ${reference.repealedBy}${reference.replacedBy ? ` · ${m.replacedBy} ${reference.replacedBy}` : ''}`, deprecated: true } : {}),
        rank: reference.repealedBy ? 2 : 0,
      }));
    case 'actor': {
      const role = at === 'steps.local_actor' && step ? text(step.actor) : undefined;
      return actors(context).map((actor) => ({
        id: actor.id,
        detail: actor.name + (role && actor.role === role ? ` · ${m.fillsStepRole}` : ''),
        documentation: `${m.fills} ${catalogue?.roles.get(actor.role)?.name[lang] ?? actor.role}`,
        rank: role && actor.role === role ? 0 : 1,
      }));
    }
    case 'step':
      return ownSteps(context).map((own) => ({ id: own.id, ...(own.action ? { detail: own.action } : {}), rank: 0 }));
    case 'target':
      return [
        ...ownSteps(context).filter((own) => own.id !== text(step?.id)).map((own) => ({ id: own.id, ...(own.action ? { detail: own.action } : {}), rank: 0 })),
        ...otherProcedures(context).flatMap(({ prefix, procedure, rank }) =>
          procedure.steps.map((other) => ({ id: `${prefix}#${other.id}`, detail: other.action, documentation: procedure.title, rank }))),
      ];
    case 'procedure':
      return otherProcedures(context).map(({ prefix, procedure, rank }) => ({ id: prefix, detail: procedure.title, rank: rank - 1 }));
    case 'region':
      return [...(model?.corpus.regions ?? [])].map(([folder, other]) => ({ id: folder, detail: other.name, rank: folder === context.folder ? 0 : 1 }));
  }
}

/** What the id is, as Markdown; undefined when the corpus does not know it. */
export function describe(kind: IdKind, id: string, context: IdContext): string | undefined {
  const { model, lang } = context;
  const m = lspMessages[lang];
  const catalogue = model?.corpus.catalogue;
  const title = (label: string, name: string) => `**${name}** · ${label} \`${id}\``;
  switch (kind) {
    case 'role': {
      const role = catalogue?.roles.get(id);
      return role && [title(m.role, role.name[lang]), `${m.mandate}: ${role.mandate.text[lang]}`, `${m.competentFor}: ${role.mandate.actions.map((action) => `\`${action}\``).join(', ')}`].join('\n\n');
    }
    case 'action': {
      const action = catalogue?.actions.get(id);
      return action && [title(m.action, action.name[lang]), ...(action.needsConsent ? [m.needsConsent] : []), ...(action.maxDuration ? [`${m.maxDuration}: ${action.maxDuration}`] : [])].join('\n\n');
    }
    case 'legal': {
      const reference = catalogue?.legalReferences.get(id);
      if (!reference) return undefined;
      return [
        title(m.legalReference, [reference.citation, reference.article].filter(Boolean).join(', ')),
        ...(reference.url ? [reference.url] : []),
        ...(reference.repealedBy ? [`${m.repealedBy} \`${reference.repealedBy}\`${reference.replacedBy ? ` · ${m.replacedBy} \`${reference.replacedBy}\`` : ''}`] : []),
      ].join('\n\n');
    }
    case 'stage': {
      const stage = catalogue?.stages.get(id);
      return stage && title(m.stage, `${stage.order}. ${stage.name[lang]}`);
    }
    case 'pathway': {
      const pathway = catalogue?.pathways.get(id);
      return pathway && title(m.pathway, pathway.name[lang]);
    }
    case 'actor': {
      const actor = actors(context).find((candidate) => candidate.id === id);
      return actor && [title(m.actor, actor.name), `${m.fills} ${catalogue?.roles.get(actor.role)?.name[lang] ?? actor.role}${actor.area ? ` · ${actor.area}` : ''}`].join('\n\n');
    }
    case 'step':
    case 'target': {
      const own = id.includes('#') ? undefined : ownSteps(context).find((candidate) => candidate.id === id);
      if (own) return [title(m.step, own.id), `${catalogue?.roles.get(own.actor ?? '')?.name[lang] ?? own.actor ?? ''}: ${own.action ?? ''}`].join('\n\n');
      const [where, stepId] = id.split('#') as [string, string | undefined];
      const other = otherProcedures(context).find((candidate) => candidate.prefix === where);
      const found = other && stepId !== undefined ? other.procedure.steps.find((candidate) => candidate.id === stepId) : undefined;
      return found && [title(m.step, found.id), `${m.procedure}: ${other!.procedure.title}`, `${catalogue?.roles.get(found.actor)?.name[lang] ?? found.actor}: ${found.action}`].join('\n\n');
    }
    case 'procedure': {
      const other = otherProcedures(context).find((candidate) => candidate.prefix === id);
      return other && title(m.procedure, other.procedure.title);
    }
    case 'region': {
      const found = model?.corpus.regions.get(id);
      return found && title(m.region, found.name);
    }
  }
}
