// `sop lsp`: what an editor reads in completion lists and hovers. The ids stay as written; the
// explanations are the editor's language.
import type { Lang } from '../model/types.js';

export interface LspMessages {
  /** What each allowed value of a closed list means, by field name and value. */
  values: Record<string, Record<string, string>>;
  role: string;
  mandate: string;
  competentFor: string;
  action: string;
  needsConsent: string;
  maxDuration: string;
  legalReference: string;
  repealedBy: string;
  replacedBy: string;
  stage: string;
  pathway: string;
  actor: string;
  fills: string;
  step: string;
  procedure: string;
  region: string;
  /** Shown beside the action kinds the step's role is competent for. */
  inMandate: string;
  /** Shown beside the roles and stages the procedure already lists. */
  listed: string;
  /** Shown beside the local actors that fill the step's role. */
  fillsStepRole: string;
  /** Hover on a referral's `when:`: the condition in words. */
  appliesIf: string;
  fact: string;
  factValues: string;
  factDate: string;
}

export const lspMessages: Record<Lang, LspMessages> = {
  it: {
    values: {
      consent: {
        written: 'Consenso scritto: la persona, informata dei suoi diritti in una lingua che comprende, firma il consenso all\'invio e al trattamento dei dati. Richiesto, ad esempio, per l\'invio dalla Commissione territoriale all\'ente antitratta.',
        informed: 'Consenso informato (orale): la persona, informata in una lingua che comprende, accetta l\'invio; chi invia annota il consenso.',
        'not-required': 'Consenso non richiesto: l\'invio non interviene sulla persona (ad esempio la trasmissione di atti o di una segnalazione tra uffici). Un invio verso un passo che interviene sulla persona (identificazione formale, accoglienza, proposta di permesso…) deve indicare il consenso.',
        exception: 'Eccezione motivata: il consenso non viene chiesto e `consent_note` spiega perché (ad esempio un minore rappresentato dal tutore).',
      },
      status: {
        draft: 'Bozza: in lavorazione nel gruppo di lavoro.',
        approved: 'Approvata: servono `approval.date` e `approval.bodies`.',
        retired: 'Ritirata: non più in vigore.',
      },
      population: {
        adults: 'Persone adulte.',
        minors: 'Minori (anche minori stranieri non accompagnati): la procedura deve coinvolgere la Procura per i minorenni o il Tribunale per i minorenni e il tutore (L. 47/2017).',
        families: 'Nuclei familiari, ad esempio madri con figli.',
      },
      audience: {
        public: 'Pubblico: compare in ogni edizione del manuale.',
        restricted: 'Riservato: solo nell\'edizione per uso interno.',
      },
    },
    role: 'Ruolo',
    mandate: 'Mandato',
    competentFor: 'Competente per',
    action: 'Tipo di azione',
    needsConsent: 'Interviene sulla persona: l\'invio deve indicare il consenso.',
    maxDuration: 'Termine massimo di legge',
    legalReference: 'Riferimento normativo',
    repealedBy: 'Abrogato da',
    replacedBy: 'Sostituito da',
    stage: 'Fase',
    pathway: 'Percorso speciale',
    actor: 'Ente locale',
    fills: 'ricopre il ruolo',
    step: 'Passo',
    procedure: 'Procedura',
    region: 'Regione',
    inMandate: 'nel mandato del ruolo del passo',
    listed: 'elencato nella procedura',
    fillsStepRole: 'ricopre il ruolo del passo',
    appliesIf: 'Si applica se',
    fact: 'Fatto del caso',
    factValues: 'Valori',
    factDate: 'una data (AAAA-MM-GG)',
  },
  en: {
    values: {
      consent: {
        written: 'Written consent: the person, told their rights in a language they understand, signs their consent to the referral and to the processing of their data. Required, for example, for a referral from the Commissione territoriale to the anti-trafficking provider.',
        informed: 'Informed (oral) consent: the person, informed in a language they understand, agrees to the referral; the referrer records it.',
        'not-required': 'Consent not required: the referral does not act on the person (for example, papers or a report sent between offices). A referral into a step that acts on the person (formal identification, reception, permit proposal…) must state the consent.',
        exception: 'Justified exception: consent is not asked and `consent_note` says why (for example, a minor represented by the guardian).',
      },
      status: {
        draft: 'Draft: being written by the working group.',
        approved: 'Approved: needs `approval.date` and `approval.bodies`.',
        retired: 'Retired: no longer in force.',
      },
      population: {
        adults: 'Adults.',
        minors: 'Minors (including unaccompanied foreign minors): the procedure must involve the juvenile prosecutor or court and the guardian (L. 47/2017).',
        families: 'Families, for example mothers with children.',
      },
      audience: {
        public: 'Public: in every edition of the handbook.',
        restricted: 'Restricted: in the internal-use edition only.',
      },
    },
    role: 'Role',
    mandate: 'Mandate',
    competentFor: 'Competent for',
    action: 'Action kind',
    needsConsent: 'Acts on the person: a referral into it must state the consent.',
    maxDuration: 'Legal time limit',
    legalReference: 'Legal reference',
    repealedBy: 'Repealed by',
    replacedBy: 'Replaced by',
    stage: 'Stage',
    pathway: 'Special pathway',
    actor: 'Local actor',
    fills: 'fills the role',
    step: 'Step',
    procedure: 'Procedure',
    region: 'Region',
    inMandate: 'in the mandate of the step\'s role',
    listed: 'listed in the procedure',
    fillsStepRole: 'fills the step\'s role',
    appliesIf: 'Applies if',
    fact: 'Case fact',
    factValues: 'Values',
    factDate: 'a date (YYYY-MM-DD)',
  },
};
