// The domain model of sopbook, in one place. Everything downstream of `model/` reads these
// types; nothing reads the YAML again.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Document } from 'yaml';
import type { RawRegion } from './raw/region.generated.js';

export type Lang = 'it' | 'en';
export type LangText = Record<Lang, string>;

/** A path inside a YAML document, e.g. ['steps', 2, 'actor']. */
export type YamlPath = ReadonlyArray<string | number>;

/** A parsed YAML source: a region/catalogue file, or a procedure's front-matter. */
export interface YamlSource {
  file: VFile;
  doc: Document.Parsed;
  /** Offset of the YAML text inside `file` (non-zero for front-matter). */
  offset: number;
}

/** Where a model element was written, so diagnostics can point at it. */
export interface Origin {
  source: YamlSource;
  path: YamlPath;
}

export interface Stage {
  id: string;
  order: number;
  name: LangText;
  origin: Origin;
}

export interface Pathway {
  id: string;
  name: LangText;
  origin: Origin;
}

/** What a step does to the person: takes them off the territory, or deprives them of liberty. */
export type ActionEffect = 'removal' | 'detention';
/**
 * A step's part in identifying a presumed victim: it detects or reports indicators, completes
 * formal identification, or concludes identification negatively with written reasons.
 */
export type IdentificationPart = 'screening' | 'formal' | 'exclusion';

export interface ActionKind {
  id: string;
  name: LangText;
  /** The step acts on the person: a referral into it must state the consent given. */
  needsConsent: boolean;
  /** Longest time limit the law allows, ISO 8601. */
  maxDuration?: string;
  /** The legal reference that sets `maxDuration`. */
  maxDurationSource?: string;
  effect?: ActionEffect;
  identification?: IdentificationPart;
  origin: Origin;
}

export interface LegalReference {
  id: string;
  citation: string;
  article?: string;
  url?: string;
  repealedBy?: string;
  replacedBy?: string;
  origin: Origin;
}

export interface Mandate {
  text: LangText;
  actions: string[];
}

export interface Role {
  id: string;
  name: LangText;
  mandate: Mandate;
  legalBasis: string[];
  origin: Origin;
}

export type FactType = 'boolean' | 'enum' | 'date';

/** What a fact of a case is: true/false, an enum value's id, or a date as YYYY-MM-DD. */
export type FactValue = boolean | string;

/** One of the values an enum fact can take. */
export interface FactChoice {
  id: string;
  label: LangText;
}

/** A fact about a person's case that referral conditions and case files name (facts.yaml). */
export interface Fact {
  id: string;
  type: FactType;
  question: LangText;
  label: LangText;
  /** The values of an enum fact; empty for the other types. */
  values: FactChoice[];
  source: string[];
  note?: LangText;
  origin: Origin;
}

/**
 * A referral's machine condition (`when:`). `path` is where the node was written, below the
 * referral: a fact test's path ends at its key, so diagnostics point at the fact id.
 */
export type Condition =
  | { kind: 'all' | 'any'; of: Condition[]; path: YamlPath }
  | { kind: 'not'; of: Condition; path: YamlPath }
  /** The fact equals one of `values` (one value: equals; a list: in). */
  | { kind: 'fact'; fact: string; values: FactValue[]; list: boolean; path: YamlPath };

export interface Catalogue {
  roles: Map<string, Role>;
  actions: Map<string, ActionKind>;
  legalReferences: Map<string, LegalReference>;
  stages: Map<string, Stage>;
  pathways: Map<string, Pathway>;
  /** Empty when the corpus has no facts.yaml: then no referral may have a `when`. */
  facts: Map<string, Fact>;
}

export interface Actor {
  id: string;
  role: string;
  name: string;
  area?: string;
  /** Listed in the register of DPR 394/1999 art. 52 (anti-trafficking providers). */
  registered?: boolean;
  origin: Origin;
}

export type Audience = 'public' | 'restricted';

export interface Contact {
  id: string;
  actor?: string;
  label: string;
  phone?: string;
  email?: string;
  url?: string;
  hours?: string;
  audience: Audience;
  origin: Origin;
}

/** What kind of body signs a protocol (a prefecture, a trade union, a research institute…). */
export type SignatoryKind = NonNullable<RawRegion['protocols']>[number]['signatories'][number]['kind'];

/**
 * A body that signs a protocol: operational when it is one of the Region's actors (it has a role
 * and acts in steps), otherwise named only, with no role and no mandate.
 */
export interface Signatory {
  kind: SignatoryKind;
  actor?: string;
  name?: string;
  origin: Origin;
}

/** A memorandum of understanding (protocollo d'intesa) signed in the Region. */
export interface Protocol {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  signed?: string;
  place?: string;
  /** ISO 8601, e.g. P3Y. */
  duration?: string;
  illustrative: boolean;
  url?: string;
  /** Ids of the Region's procedures the protocol adopts. */
  adopts: string[];
  signatories: Signatory[];
  origin: Origin;
}

export interface Region {
  id: string;
  name: string;
  illustrative: boolean;
  project: { name: string; lead: string };
  network?: string;
  workingGroup: string[];
  actors: Map<string, Actor>;
  contacts: Contact[];
  protocols: Protocol[];
  procedures: Map<string, Procedure>;
  /** The folder name under the corpus root. */
  folder: string;
  origin: Origin;
}

export type Status = 'draft' | 'approved' | 'retired';
export type Population = 'adults' | 'minors' | 'families';
export type Consent = 'written' | 'informed' | 'not-required' | 'exception';

/** A referral target as written (`step`, `procedure#step`, `region/procedure#step`), resolved. */
export interface StepRef {
  raw: string;
  region: string;
  procedure: string;
  step: string;
}

export interface Referral {
  to: StepRef;
  condition?: string;
  /** The machine condition on the case's facts; absent: the referral always applies. */
  when?: Condition;
  timeLimit?: string;
  consent: Consent;
  consentNote?: string;
  origin: Origin;
}

export interface Step {
  id: string;
  /** The step's name as readers see it: as written, or derived from the id. */
  title: string;
  stage: string;
  actor: string;
  /** The Region's actor that performs the step, when the procedure names one. */
  localActor?: string;
  action: string;
  actionKind: string;
  timeLimit?: string;
  legalBasis: string[];
  /** Why identification was concluded negatively (steps whose action kind is an exclusion). */
  justification?: string;
  referrals: Referral[];
  terminal: boolean;
  /** Internal use only: left out of the public edition. */
  restricted: boolean;
  origin: Origin;
}

export interface Approval {
  date?: string;
  bodies: string[];
}

export type LinkKind = 'role' | 'step' | 'procedure' | 'legal';

/** A typed reference written in the Markdown body, e.g. `[Questura](role:questura-ufficio-immigrazione)`. */
export interface BodyLink {
  kind: LinkKind;
  target: string;
  file: VFile;
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
  /** Inside a `:::restricted` block, so absent from the public edition. */
  restricted: boolean;
}

/**
 * A procedure's typed links, made one at a time as they are gone through: a corpus has some
 * twenty a procedure, and 96,000 link objects were 8.5 MB of the model of 5,000 procedures.
 */
export interface BodyLinks extends Iterable<BodyLink> {
  readonly length: number;
  /** The links outside `:::restricted` blocks: what the public edition keeps. */
  unrestricted(): BodyLinks;
}

/**
 * A link or image as written in a procedure's body, as plain data: what the model's `links` and
 * `urls` are made from, so that the thread that parsed the body need not hand its tree over.
 */
export interface BodyReference {
  url: string;
  image: boolean;
  /** Inside a `:::restricted` block. */
  restricted: boolean;
  /** Where it starts and ends, as offsets in the file's text. */
  from: number;
  to: number;
}

/** Any other link or image URL written in the body, kept so that unsafe ones can be reported. */
export interface BodyUrl {
  url: string;
  image: boolean;
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface Procedure {
  id: string;
  title: string;
  region: string;
  version: string;
  status: Status;
  /** Internal use only: the whole procedure is left out of the public edition. */
  restricted: boolean;
  approval?: Approval;
  reviewBy: string;
  population: Population[];
  stages: string[];
  pathways: string[];
  roles: string[];
  legalBasis: string[];
  entry: string[];
  steps: Step[];
  /**
   * The Markdown prose, read when asked for: a large build does not keep every tree in memory
   * but reads each again from the parse cache when its page is made (load/corpus.ts).
   */
  body(): Root;
  links: BodyLinks;
  urls: BodyUrl[];
  /** The folder the file lives in (may differ from `region` in a faulty corpus). */
  folder: string;
  origin: Origin;
}

export type Edition = 'public' | 'internal';

export interface Corpus {
  root: string;
  catalogue: Catalogue;
  /** Regions by folder name (equal to their id in a valid corpus). */
  regions: Map<string, Region>;
  /**
   * Regions (`region`) and procedures (`region/procedure`) whose files exist but could not be
   * loaded: their own diagnostics say why, so references into them are not reported again.
   */
  unloaded: Set<string>;
}

/* Case studies (cases/*.yaml): a person's facts, where the case starts, what must happen. */

/** A set of steps a case assertion is about: every property given must match. */
export interface StepTarget {
  /** `region/procedure#step`: only checked in that Region. */
  step?: StepRef;
  role?: string;
  actionKind?: string;
  stage?: string;
}

export type Assertion =
  | { kind: 'reaches' | 'passes' | 'never'; target: StepTarget; origin: Origin }
  | { kind: 'within'; duration: string; origin: Origin };

export interface CaseStart {
  role?: string;
  stage?: string;
  step?: StepRef;
}

export interface Case {
  id: string;
  title: string;
  summary?: string;
  illustrative: boolean;
  facts: Map<string, FactValue>;
  start: CaseStart;
  /** The Regions expected to handle the case; absent: every Region with a matching entry step. */
  regions?: string[];
  expect: Assertion[];
  origin: Origin;
}

/* The merged national referral model (built from every Region; see model/national.ts). */

/** A regional step, as the national model points back to it. */
export interface StepLocation {
  region: string;
  procedure: string;
  step: string;
}

/** Steps of every Region grouped by what they are nationally: a stage and the role acting in it. */
export interface NationalNode {
  id: string;
  stage: string;
  role: string;
  regions: string[];
  steps: StepLocation[];
}

export interface RegionalReferral {
  from: StepLocation;
  to: StepLocation;
  timeLimit?: string;
  consent: Consent;
  legalBasis: string[];
}

/** Referrals between two national nodes, aggregated over Regions. */
export interface NationalEdge {
  id: string;
  from: string;
  to: string;
  regions: string[];
  /** Shortest and longest time limit given (ISO 8601); absent when no Region gives one. */
  timeLimit?: { min: string; max: string };
  /** Region → the consent its referrals require (several when its procedures differ). */
  consent: Record<string, Consent[]>;
  /** Legal basis → the Regions citing it on the steps of this edge. */
  legalBasis: Record<string, string[]>;
  referrals: RegionalReferral[];
}

export type DivergenceKind = 'receiving-role' | 'time-limit' | 'consent' | 'legal-basis' | 'stage-gap' | 'pathway-gap';

export interface Divergence {
  kind: DivergenceKind;
  /** The stage, pathway, node or edge id the divergence is about. */
  subject: string;
  /** How many Regions depart from what most Regions do (or lack the stage or pathway). */
  regionsDiffering: number;
  /** Region → what it does (a value, or a list of values). */
  byRegion: Record<string, string[]>;
}

export interface NationalModel {
  regions: Array<{ id: string; name: string; procedures: number; steps: number; referrals: number }>;
  nodes: NationalNode[];
  edges: NationalEdge[];
  /** Region → stage → procedure ids covering it. */
  stageCoverage: Record<string, Record<string, string[]>>;
  /** Region → pathway → procedure ids covering it. */
  pathwayCoverage: Record<string, Record<string, string[]>>;
  divergences: Divergence[];
}
