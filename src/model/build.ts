// Turns schema-valid YAML data into the typed model. Input shapes are guaranteed by the
// schemas, so this module only renames fields and records where each element was written.
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type {
  ActionKind, Actor, BodyReference, Catalogue, Contact, Fact, LegalReference, Origin, Pathway,
  Procedure, Protocol, Referral, Region, Role, Signatory, Stage, Step, StepRef, YamlPath, YamlSource,
} from './types.js';
import { parseCondition } from './condition.js';
import { bodyUrls, typedLinks } from './links.js';
import { titleFromId } from './names.js';
import { SharedTexts } from './texts.js';
import type { RawActions } from './raw/actions.generated.js';
import type { RawFacts } from './raw/facts.generated.js';
import type { RawLegalReferences } from './raw/legal-references.generated.js';
import type { RawProcedure } from './raw/procedure.generated.js';
import type { RawRegion } from './raw/region.generated.js';
import type { RawRoles } from './raw/roles.generated.js';
import type { RawStages } from './raw/stages.generated.js';

type RawStep = RawProcedure['steps'][number];
type RawReferral = NonNullable<RawStep['referrals']>[number];

const at = (source: YamlSource, path: YamlPath): Origin => ({ source, path });

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  // First definition wins; duplicates are reported by the refs/duplicate-id rule.
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export interface CatalogueSources {
  roles?: { source: YamlSource; data: RawRoles };
  actions?: { source: YamlSource; data: RawActions };
  'legal-references'?: { source: YamlSource; data: RawLegalReferences };
  stages?: { source: YamlSource; data: RawStages };
  facts?: { source: YamlSource; data: RawFacts };
}

/** Every definition as written, duplicates included, so rules can report them. */
export interface Definitions {
  roles: Role[];
  actions: ActionKind[];
  legalReferences: LegalReference[];
  stages: Stage[];
  pathways: Pathway[];
  facts: Fact[];
}

export function buildDefinitions(sources: CatalogueSources): Definitions {
  const roles = (sources.roles?.data.roles ?? []).map((raw, i): Role => ({
    id: raw.id,
    name: raw.name,
    mandate: { text: raw.mandate.text, actions: raw.mandate.actions },
    legalBasis: raw.legal_basis ?? [],
    origin: at(sources.roles!.source, ['roles', i]),
  }));
  const actions = (sources.actions?.data.actions ?? []).map((raw, i): ActionKind => ({
    id: raw.id,
    name: raw.name,
    needsConsent: raw.needs_consent,
    maxDuration: raw.max_duration,
    maxDurationSource: raw.max_duration_source,
    effect: raw.effect,
    identification: raw.identification,
    origin: at(sources.actions!.source, ['actions', i]),
  }));
  const legal = sources['legal-references'];
  const legalReferences = (legal?.data.legal_references ?? []).map((raw, i): LegalReference => ({
    id: raw.id,
    citation: raw.citation,
    article: raw.article,
    url: raw.url,
    repealedBy: raw.repealed_by,
    replacedBy: raw.replaced_by,
    origin: at(legal!.source, ['legal_references', i]),
  }));
  const stages = (sources.stages?.data.stages ?? []).map((raw, i): Stage => ({
    id: raw.id, order: raw.order, name: raw.name, origin: at(sources.stages!.source, ['stages', i]),
  }));
  const pathways = (sources.stages?.data.pathways ?? []).map((raw, i): Pathway => ({
    id: raw.id, name: raw.name, origin: at(sources.stages!.source, ['pathways', i]),
  }));
  const facts = (sources.facts?.data.facts ?? []).map((raw, i): Fact => ({
    id: raw.id,
    type: raw.type,
    question: raw.question,
    label: raw.label,
    values: raw.values ?? [],
    source: raw.source ?? [],
    note: raw.note,
    origin: at(sources.facts!.source, ['facts', i]),
  }));
  return { roles, actions, legalReferences, stages, pathways, facts };
}

export function catalogueOf(definitions: Definitions): Catalogue {
  return {
    roles: byId(definitions.roles),
    actions: byId(definitions.actions),
    legalReferences: byId(definitions.legalReferences),
    stages: new Map([...byId(definitions.stages)].sort(([, a], [, b]) => a.order - b.order)),
    pathways: byId(definitions.pathways),
    facts: byId(definitions.facts),
  };
}

export interface RegionDraft {
  region: Region;
  /** All actors as written, duplicates included. */
  actorList: Actor[];
}

export function buildRegion(source: YamlSource, data: RawRegion, folder: string): RegionDraft {
  const actorList = data.actors.map((raw, i): Actor => ({
    id: raw.id, role: raw.role, name: raw.name, area: raw.area, registered: raw.registered,
    origin: at(source, ['actors', i]),
  }));
  const contacts = (data.contacts ?? []).map((raw, i): Contact => ({
    id: raw.id, actor: raw.actor, label: raw.label, phone: raw.phone, email: raw.email, url: raw.url,
    hours: raw.hours, audience: raw.audience, origin: at(source, ['contacts', i]),
  }));
  const protocols = (data.protocols ?? []).map((raw, i): Protocol => ({
    id: raw.id,
    title: raw.title,
    signed: raw.signed,
    place: raw.place,
    duration: raw.duration,
    illustrative: raw.illustrative ?? false,
    url: raw.url,
    adopts: raw.adopts ?? [],
    signatories: raw.signatories.map((signatory, j): Signatory => ({
      kind: signatory.kind, actor: signatory.actor, name: signatory.name, origin: at(source, ['protocols', i, 'signatories', j]),
    })),
    origin: at(source, ['protocols', i]),
  }));
  const region: Region = {
    id: data.id,
    name: data.name,
    illustrative: data.illustrative ?? false,
    project: { name: data.project.name, lead: data.project.lead },
    network: data.network,
    workingGroup: data.working_group ?? [],
    actors: byId(actorList),
    contacts,
    protocols,
    procedures: new Map(),
    folder,
    origin: at(source, []),
  };
  return { region, actorList };
}

/** Resolves `step`, `procedure#step` and `region/procedure#step` against the referring procedure. */
export function parseStepRef(raw: string, region: string, procedure: string): StepRef {
  const slash = raw.indexOf('/');
  const hash = raw.indexOf('#');
  return {
    raw,
    region: slash === -1 ? region : raw.slice(0, slash),
    procedure: hash === -1 ? procedure : raw.slice(slash + 1, hash),
    step: hash === -1 ? raw.slice(slash + 1) : raw.slice(hash + 1),
  };
}

/** Resolves `procedure` and `region/procedure` against the referring procedure's Region. */
export function parseProcedureRef(raw: string, region: string): { region: string; procedure: string } {
  const slash = raw.indexOf('/');
  return slash === -1 ? { region, procedure: raw } : { region: raw.slice(0, slash), procedure: raw.slice(slash + 1) };
}

/**
 * `body` gives the Markdown tree when it is asked for (kept, or read again); `references` are
 * its links and images (bodyReferences). `texts` gives the one copy of the texts made here
 * (referral targets' parts, links' targets).
 */
export function buildProcedure(source: YamlSource, data: RawProcedure, references: readonly BodyReference[], folder: string, body: () => Root, texts = new SharedTexts()): Procedure {
  // References resolve against the folder the file is in; a mismatch with `region` is a rule's job.
  const region = folder;
  const steps = data.steps.map((raw: RawStep, i): Step => ({
    id: raw.id,
    title: raw.title ?? titleFromId(raw.id),
    stage: raw.stage,
    actor: raw.actor,
    localActor: raw.local_actor,
    action: raw.action,
    actionKind: raw.action_kind,
    timeLimit: raw.time_limit,
    legalBasis: texts.list(raw.legal_basis ?? []),
    justification: raw.justification,
    terminal: raw.terminal ?? false,
    restricted: raw.restricted ?? false,
    origin: at(source, texts.list(['steps', i])),
    referrals: (raw.referrals ?? []).map((ref: RawReferral, j): Referral => ({
      to: texts.data(parseStepRef(ref.to, region, data.id)),
      condition: ref.condition,
      ...(ref.when ? { when: parseCondition(ref.when, ['when']) } : {}),
      timeLimit: ref.time_limit,
      consent: ref.consent,
      consentNote: ref.consent_note,
      origin: at(source, texts.list(['steps', i, 'referrals', j])),
    })),
  }));
  return {
    id: data.id,
    title: data.title,
    region: data.region,
    version: data.version,
    status: data.status,
    restricted: data.restricted ?? false,
    approval: data.approval ? { date: data.approval.date, bodies: data.approval.bodies ?? [] } : undefined,
    reviewBy: data.review_by,
    population: texts.list(data.population),
    stages: texts.list(data.stages),
    pathways: texts.list(data.pathways ?? []),
    roles: texts.list(data.roles),
    legalBasis: texts.list(data.legal_basis ?? []),
    entry: texts.list(data.entry ?? [steps[0]!.id]),
    steps,
    body,
    links: typedLinks(source.file, references, (value) => texts.text(value)),
    urls: bodyUrls(source.file, references),
    folder,
    origin: at(source, texts.list([])),
  };
}

/** A `:::restricted` container: prose for internal use only. */
export function isRestrictedBlock(node: Node): boolean {
  return node.type === 'containerDirective' && (node as Node & { name?: string }).name === 'restricted';
}
