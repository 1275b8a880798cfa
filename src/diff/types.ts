// What changed between two versions of a corpus, as `sop diff` reports it. The shape is the JSON
// output itself (schemas/diff.schema.json), so keys use the vocabulary of the front-matter
// (snake_case, `time_limit`, `legal_basis`): signatories and their tools read the same names
// the working group writes.
import type { Consent, Edition, Status } from '../model/types.js';

/** Fields whose value is compared as a whole (text, ids, dates, durations). */
export type ScalarField =
  | 'title' | 'status' | 'approval.date' | 'review_by'
  | 'stage' | 'actor' | 'local_actor' | 'action' | 'action_kind' | 'time_limit'
  | 'condition' | 'when' | 'consent' | 'consent_note'
  | 'name' | 'project.name' | 'project.lead' | 'network'
  | 'role' | 'area' | 'label' | 'phone' | 'email' | 'url' | 'hours' | 'audience';

/** List fields compared as sets: only what is added or removed matters, not the order. */
export type SetField =
  | 'approval.bodies' | 'population' | 'stages' | 'pathways' | 'roles' | 'legal_basis' | 'entry' | 'working_group';

/** List fields whose order matters. */
export type SequenceField = 'step_order';

export type FlagField = 'restricted' | 'terminal' | 'illustrative' | 'registered';

export type DiffField = ScalarField | SetField | SequenceField | FlagField;

export type FieldValue = string | boolean | string[] | null;

/** One field of one item, before and after; `null` when the field is not set. */
export interface FieldChange {
  field: DiffField;
  from: FieldValue;
  to: FieldValue;
  /** Set fields only: items the new version adds and drops. */
  added?: string[];
  removed?: string[];
}

export type Change = 'added' | 'removed' | 'changed';

/** A referral as written in the front-matter. */
export interface ReferralSnapshot {
  to: string;
  condition?: string;
  /** The machine condition as YAML flow text: `{ minore: true }`. */
  when?: string;
  time_limit?: string;
  consent: Consent;
  consent_note?: string;
}

/** A step as written in the front-matter. */
export interface StepSnapshot {
  id: string;
  stage: string;
  actor: string;
  local_actor?: string;
  action: string;
  action_kind: string;
  time_limit?: string;
  legal_basis: string[];
  terminal: boolean;
  restricted: boolean;
  referrals: ReferralSnapshot[];
}

export type ReferralDiff =
  | { change: 'added' | 'removed'; to: string; referral: ReferralSnapshot }
  | { change: 'changed'; to: string; fields: FieldChange[] };

export type StepDiff =
  | { change: 'added' | 'removed'; id: string; step: StepSnapshot }
  | { change: 'changed'; id: string; fields: FieldChange[]; referrals: ReferralDiff[] };

/** A section of the body, by its heading; `heading` is null for the prose before the first heading. */
export interface BodySectionDiff {
  change: Change;
  heading: string | null;
}

export interface ProcedureSnapshot {
  title: string;
  version: string;
  status: Status;
  restricted: boolean;
  steps: StepSnapshot[];
}

export type ProcedureDiff =
  | { change: 'added' | 'removed'; region: string; id: string; procedure: ProcedureSnapshot }
  | {
      change: 'changed';
      region: string;
      id: string;
      title: string;
      version: { from: string; to: string };
      /** The content changed but the version did not: signatories would approve a different text under the same number. */
      version_not_bumped: boolean;
      fields: FieldChange[];
      steps: StepDiff[];
      body: BodySectionDiff[];
    }
  | {
      /** The file exists in both versions but could not be loaded in one of them (see the warnings). */
      change: 'unreadable';
      region: string;
      id: string;
      title: string;
      unreadable_in: 'from' | 'to';
    };

/** An actor or contact of a Region; added and removed items list their values as fields. */
export interface ItemDiff {
  change: Change;
  id: string;
  fields: FieldChange[];
}

export interface RegionDiff {
  change: Change;
  region: string;
  fields: FieldChange[];
  actors: ItemDiff[];
  contacts: ItemDiff[];
}

export type CatalogueKind = 'roles' | 'actions' | 'legal_references' | 'stages' | 'pathways';

export interface CatalogueDiff {
  kind: CatalogueKind;
  id: string;
  change: Change;
  /** Names of the changed fields (`name`, `mandate`, `repealed_by`, …); empty when added or removed. */
  fields: string[];
}

/** A version of the corpus: a git ref and its commit, or the working tree (both null). */
export interface VersionInfo {
  ref: string | null;
  commit: string | null;
  /** Errors `sop check` reports in this version: the comparison covers only what could be loaded. */
  errors: number;
}

export interface CorpusDiff {
  schema: 'urn:sopbook:schema:diff:1';
  /** Public: what the public handbooks show, nothing restricted; internal: everything. */
  edition: Edition;
  /** The corpus folder, relative to the top of the git work tree. */
  dir: string;
  from: VersionInfo;
  to: VersionInfo;
  summary: { added: number; removed: number; changed: number; version_not_bumped: number };
  procedures: ProcedureDiff[];
  regions: RegionDiff[];
  catalogue: CatalogueDiff[];
}
