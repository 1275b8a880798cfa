// Domain rules (Italian law and the national referral model), the corpus layout, editions and
// link safety.
import { en, it } from './words.js';

const IT_LINK = 'usa un indirizzo https:// o un riferimento role:, step:, procedure: o legal:';
const EN_LINK = 'use an https:// address or a role:, step:, procedure: or legal: reference';

const itDomain = {
  regionFolder: (p: { declared: string; folder: string }) =>
    `La procedura dichiara la Regione ${it.q(p.declared)} ma si trova nella cartella ${it.q(p.folder)}${it.hint(`sposta il file in procedures/${p.declared}/ oppure correggi «region»`)}`,
  regionId: (p: { id: string; folder: string }) => `L'id della Regione ${it.q(p.id)} non corrisponde alla sua cartella ${it.q(p.folder)}${it.hint("rinomina la cartella o correggi l'id")}`,
  fileName: (p: { stem: string; id: string }) =>
    `Il nome del file ${it.q(`${p.stem}.md`)} non corrisponde all'id della procedura ${it.q(p.id)}${it.hint(`rinomina il file in ${it.q(`${p.id}.md`)}`)}`,
  minorsJudicial: () =>
    `Una procedura per minori deve coinvolgere la Procura o il Tribunale per i minorenni (L. 47/2017)${it.hint('aggiungi un passo con actor «procura-minorenni» o «tribunale-minorenni»')}`,
  minorsGuardian: () => `Una procedura per minori deve coinvolgere un tutore (L. 47/2017, art. 11)${it.hint('aggiungi un passo con actor «tutore-volontario»')}`,
  permitIssuer: (p: { permit: string; issuer: string; actor: string }) => `Il permesso dell'${p.permit} lo rilascia solo il Questore (${it.q(p.issuer)}), non ${it.q(p.actor)}`,
  permitProposal: (p: { permit: string; step: string; proposal: string; roles: string[] }) =>
    `Il permesso dell'${p.permit} del passo ${it.q(p.step)} deve seguire una proposta: nessun invio verso questo passo viene da un passo ${it.q(p.proposal)} di ${it.list(p.roles)}`,
  permitProposer: (p: { actor: string; permit: string; roles: string[] }) => `${it.q(p.actor)} non può proporre il permesso dell'${p.permit}: possono farlo solo ${it.list(p.roles)}`,
  ctConsent: (p: { consent: string }) =>
    `Un invio dalla Commissione territoriale all'ente antitratta richiede il consenso scritto della persona, non ${it.q(p.consent)}${it.hint('scrivi «consent: written»')}`,
  ctReturn: (p: { to: string; commission: string }) =>
    `Nessun passo dell'ente antitratta raggiunto da ${it.q(p.to)} riferisce alla Commissione territoriale${it.hint(`aggiungi un invio dal passo di relazione dell'ente a un passo di ${it.q(p.commission)}`)}`,
  consentNeeded: (p: { to: string; action: string }) =>
    `L'invio a ${it.q(p.to)} (${p.action}) agisce sulla persona e richiede il suo consenso${it.hint('scrivi «consent: written» o «consent: informed», oppure «consent: exception» con una «consent_note»')}`,
  timeLimit: (p: { limit: string; step: string; max: string; action: string }) =>
    `Il termine ${p.limit} del passo ${it.q(p.step)} supera il massimo di legge ${p.max} per ${it.q(p.action)}`,
  approvalData: (p: { missing: Array<'date' | 'bodies'> }) =>
    `La procedura è «approved» ma nella sua approvazione mancano ${p.missing.map((m) => (m === 'date' ? 'la data' : "gli organi che l'hanno approvata")).join(' e ')}` +
    it.hint('aggiungi «approval:» con «date:» e «bodies:», oppure scrivi «status: draft»'),
  reviewBeforeApproval: (p: { review: string; approved: string }) =>
    `La data di revisione ${p.review} non è successiva alla data di approvazione ${p.approved}${it.hint('fissa «review_by» dopo la data di approvazione')}`,
  reviewOverdue: (p: { review: string }) =>
    `La data di revisione ${p.review} è passata: il gruppo di lavoro deve rivedere questa procedura${it.hint('dopo la revisione aggiorna «review_by»')}`,
  helpline: (p: { number: string; phone: string }) => `Il Numero Verde Antitratta è ${p.number}, non ${it.q(p.phone)}`,
  enteRegistered: (p: { actor: string }) =>
    `L'attore ${it.q(p.actor)} ha il ruolo «ente-antitratta» ma non risulta iscritto al registro del DPR 394/1999, art. 52${it.hint('se è iscritto, scrivi «registered: true»')}`,
  restrictedReferral: (p: { step: string; to: string }) =>
    `Il passo pubblico ${it.q(p.step)} invia a ${it.q(p.to)}, che è riservato e non compare nell'edizione pubblica${it.hint('segna anche questo passo con «restricted: true», oppure invia altrove')}`,
  restrictedLink: (p: { target: string }) =>
    `Il testo pubblico rimanda a ${it.q(p.target)}, che è riservato e non compare nell'edizione pubblica${it.hint('sposta il collegamento in un blocco «:::restricted»')}`,
  imageFile: (p: { url: string }) => `L'immagine ${it.q(p.url)} punta a un file: i manuali non caricano file dal corpus${it.hint("descrivi l'immagine a parole")}`,
  linkScheme: (p: { url: string; scheme: string }) =>
    `Collegamento ${it.q(p.url)}: lo schema ${it.q(`${p.scheme}:`)} non è ammesso e il collegamento viene tolto dal manuale${it.hint(IT_LINK)}`,
  linkFile: (p: { url: string }) => `Il collegamento ${it.q(p.url)} punta a un file o a un percorso: i manuali non rimandano a nulla fuori da sé${it.hint(IT_LINK)}`,
  ctConsentPath: (p: { to: string; provider: string }) =>
    `L'invio della Commissione territoriale attraverso ${it.q(p.to)} arriva al passo dell'ente antitratta ${it.q(p.provider)} senza che lungo il percorso sia dato il consenso scritto${it.hint('scrivi «consent: written» sull\'invio verso l\'ente')}`,
  timeLimitReferral: (p: { limit: string; to: string; max: string; action: string; source?: string }) =>
    `Il termine ${p.limit} dell'invio verso ${it.q(p.to)} supera il massimo di legge ${p.max} per ${it.q(p.action)}${p.source ? it.hint(`il limite è fissato da ${p.source}`) : ''}`,
  minorsRemoval: (p: { step: string; effect: 'removal' | 'detention'; action: string }) =>
    `Il passo ${it.q(p.step)} ${p.effect === 'removal' ? 'allontana' : 'trattiene'} la persona (${p.action}) in una procedura per minori: i minori stranieri non accompagnati non sono respinti, espulsi né trattenuti per il rimpatrio (D.Lgs. 286/1998, art. 19; L. 47/2017, art. 3)${it.hint('un rientro è «voluntary-return», scelto con il tutore')}`,
  permitStated: (p: { step: string; permit: string; issuer: string; actor: string }) =>
    `Il passo ${it.q(p.step)} dice di rilasciare il permesso dell'${p.permit}, che rilascia solo il Questore (${it.q(p.issuer)}), non ${it.q(p.actor)}${it.hint('fai della Questura l\'attore del passo, con «action_kind: issue-residence-permit», oppure scrivi che il passo propone o chiede il permesso')}`,
  protocolExpired: (p: { protocol: string; signed: string; duration: string; end: string }) =>
    `Il protocollo ${it.q(p.protocol)}, firmato il ${p.signed} per ${p.duration}, è scaduto il ${p.end}${it.hint('registra il rinnovo (un nuovo protocollo o una nuova data «signed») oppure toglilo')}`,
  protocolDuplicate: (p: { protocol: string; region: string }) => `L'id di protocollo ${it.q(p.protocol)} compare più volte nella Regione ${it.q(p.region)}`,
  signatoryMissing: (p: { protocol: string }) =>
    `Un firmatario del protocollo ${it.q(p.protocol)} non ha né «actor» né «name»${it.hint('un firmatario operativo è un attore dichiarato in «actors:» di region.yaml; un ente che non agisce in alcun passo si scrive con «name:»')}`,
  signatoryNoRole: (p: { kind: string; actor: string; role: string }) =>
    `Un firmatario di tipo ${it.q(p.kind)} non agisce in alcun passo e quindi non ha un ruolo, ma ${it.q(p.actor)} ricopre ${it.q(p.role)}${it.hint('scrivilo con «name:» invece di «actor:»')}`,
  signatoryWrongRole: (p: { actor: string; protocol: string; kind: string; role: string; roles: string[] }) =>
    `Il firmatario ${it.q(p.actor)} del protocollo ${it.q(p.protocol)} è di tipo ${it.q(p.kind)} ma ricopre il ruolo ${it.q(p.role)}${it.hint(`un firmatario ${it.q(p.kind)} ricopre ${p.roles.map(it.q).join(' o ')}`)}`,
  exclusionUnjustified: (p: { step: string }) =>
    `Il passo ${it.q(p.step)} conclude negativamente l'identificazione ma non dice perché${it.hint('aggiungi «justification:» con le ragioni e i colloqui o gli atti su cui si fondano')}`,
  removalBeforeIdentification: (p: { to: string; effect: 'removal' | 'detention'; action: string; screening: string; concludes: string[] }) =>
    `Il passo ${it.q(p.to)} ${p.effect === 'removal' ? "allontana la persona dall'Italia" : 'trattiene la persona'} (${p.action}) ma può seguire il passo ${it.q(p.screening)}, che rileva indicatori di tratta, senza un'identificazione conclusa o un'esclusione motivata nel mezzo (Convenzione di Varsavia, art. 10, par. 2)${it.hint(`invia prima a un passo di tipo ${p.concludes.map(it.q).join(' o ')}`)}`,
  pdfTypeset: (p: { detail: string }) => `Impaginazione del PDF non riuscita (${p.detail})`,
  pdfNotUa: (p: { detail: string }) => `Il PDF non è pienamente accessibile (${p.detail})`,
};

const enDomain: typeof itDomain = {
  regionFolder: (p) => `Procedure declares region ${en.q(p.declared)} but is in folder ${en.q(p.folder)}${en.hint(`move the file to procedures/${p.declared}/ or fix "region"`)}`,
  regionId: (p) => `Region id ${en.q(p.id)} does not match its folder ${en.q(p.folder)}${en.hint('rename the folder or the id')}`,
  fileName: (p) => `File name ${en.q(`${p.stem}.md`)} does not match procedure id ${en.q(p.id)}${en.hint(`rename the file to ${en.q(`${p.id}.md`)}`)}`,
  minorsJudicial: () => `A procedure for minors must involve the juvenile prosecutor's office or the juvenile court (L. 47/2017)${en.hint('add a step whose actor is "procura-minorenni" or "tribunale-minorenni"')}`,
  minorsGuardian: () => `A procedure for minors must involve a guardian (L. 47/2017 art. 11)${en.hint('add a step whose actor is "tutore-volontario"')}`,
  permitIssuer: (p) => `The ${p.permit} permit is issued only by the Questore (${en.q(p.issuer)}), not by ${en.q(p.actor)}`,
  permitProposal: (p) => `The ${p.permit} permit in step ${en.q(p.step)} must follow a proposal: no referral into it comes from a ${en.q(p.proposal)} step of ${en.list(p.roles)}`,
  permitProposer: (p) => `${en.q(p.actor)} may not propose the ${p.permit} permit: only ${en.list(p.roles)} may`,
  ctConsent: (p) => `A referral from the Commissione territoriale to the anti-trafficking provider needs the person's written consent, not ${en.q(p.consent)}${en.hint('"consent: written"')}`,
  ctReturn: (p) => `No step of the anti-trafficking provider reached from ${en.q(p.to)} reports back to the Commissione territoriale${en.hint(`add a referral from the provider's report step to a ${en.q(p.commission)} step`)}`,
  consentNeeded: (p) => `Referral to ${en.q(p.to)} (${p.action}) acts on the person and needs consent${en.hint('write "consent: written" or "consent: informed", or "consent: exception" with a "consent_note"')}`,
  timeLimit: (p) => `Time limit ${p.limit} of step ${en.q(p.step)} exceeds the legal maximum ${p.max} for ${en.q(p.action)}`,
  approvalData: (p) => `Procedure is "approved" but its approval has no ${p.missing.join(' and no ')}${en.hint('add "approval:" with "date:" and "bodies:", or set "status: draft"')}`,
  reviewBeforeApproval: (p) => `Review date ${p.review} is not after the approval date ${p.approved}${en.hint('set "review_by" after the approval date')}`,
  reviewOverdue: (p) => `Review date ${p.review} has passed: the working group should review this procedure${en.hint('after the review, update "review_by"')}`,
  helpline: (p) => `The Numero Verde Antitratta is ${p.number}, not ${en.q(p.phone)}`,
  enteRegistered: (p) => `Actor ${en.q(p.actor)} fills role "ente-antitratta" but is not marked as listed in the register of DPR 394/1999 art. 52${en.hint('if it is listed, write "registered: true"')}`,
  restrictedReferral: (p) => `Public step ${en.q(p.step)} refers to ${en.q(p.to)}, which is restricted and absent from the public edition${en.hint('mark this step "restricted: true" too, or refer elsewhere')}`,
  restrictedLink: (p) => `Public text links to ${en.q(p.target)}, which is restricted and absent from the public edition${en.hint('move the link into a ":::restricted" block')}`,
  imageFile: (p) => `Image ${en.q(p.url)} points to a file: handbooks load no files from the corpus${en.hint('describe the image in text')}`,
  linkScheme: (p) => `Link ${en.q(p.url)}: the ${en.q(`${p.scheme}:`)} scheme is not allowed and the link is dropped from the handbook${en.hint(EN_LINK)}`,
  linkFile: (p) => `Link ${en.q(p.url)} points to a file or path: handbooks link to nothing outside themselves${en.hint(EN_LINK)}`,
  ctConsentPath: (p) => `The referral from the Commissione territoriale through ${en.q(p.to)} reaches the anti-trafficking provider's step ${en.q(p.provider)} with no written consent on the way${en.hint('"consent: written" on the referral into the provider')}`,
  timeLimitReferral: (p) => `Time limit ${p.limit} of the referral to ${en.q(p.to)} exceeds the legal maximum ${p.max} for ${en.q(p.action)}${p.source ? en.hint(`the limit is set by ${p.source}`) : ''}`,
  minorsRemoval: (p) => `Step ${en.q(p.step)} ${p.effect === 'removal' ? 'removes' : 'detains'} the person (${p.action}) in a procedure for minors: unaccompanied minors are not refouled, expelled or held for removal (D.Lgs. 286/1998 art. 19; L. 47/2017 art. 3)${en.hint('a return is "voluntary-return", chosen with the guardian')}`,
  permitStated: (p) => `Step ${en.q(p.step)} says it issues the ${p.permit} permit, which only the Questore (${en.q(p.issuer)}) issues, not ${en.q(p.actor)}${en.hint('make the Questura the step\'s actor with "action_kind: issue-residence-permit", or say that this step proposes or asks for the permit')}`,
  protocolExpired: (p) => `Protocol ${en.q(p.protocol)}, signed on ${p.signed} for ${p.duration}, ended on ${p.end}${en.hint('record its renewal (a new protocol, or a new "signed" date) or remove it')}`,
  protocolDuplicate: (p) => `Duplicate protocol id ${en.q(p.protocol)} in Region ${en.q(p.region)}`,
  signatoryMissing: (p) => `A signatory of protocol ${en.q(p.protocol)} has neither "actor" nor "name"${en.hint('an operational signatory is an actor declared under "actors:" in region.yaml; a body that acts in no step is written with "name:" instead')}`,
  signatoryNoRole: (p) => `A signatory of kind ${en.q(p.kind)} acts in no step, so it has no role: ${en.q(p.actor)} fills ${en.q(p.role)}${en.hint('write it with "name:" instead of "actor:"')}`,
  signatoryWrongRole: (p) => `Signatory ${en.q(p.actor)} of protocol ${en.q(p.protocol)} is of kind ${en.q(p.kind)} but fills role ${en.q(p.role)}${en.hint(`a ${en.q(p.kind)} signatory fills ${p.roles.map(en.q).join(' or ')}`)}`,
  exclusionUnjustified: (p) => `Step ${en.q(p.step)} concludes identification negatively but does not say why${en.hint('add "justification:" with the reasons and the interviews or records they rest on')}`,
  removalBeforeIdentification: (p) => `Step ${en.q(p.to)} ${p.effect === 'removal' ? 'removes the person from Italy' : 'detains the person'} (${p.action}) but can follow step ${en.q(p.screening)}, which screens for trafficking indicators, with no completed identification or justified exclusion in between (CETS 197 art. 10(2))${en.hint(`refer first to a step of kind ${p.concludes.map(en.q).join(' or ')}`)}`,
  pdfTypeset: (p) => p.detail,
  pdfNotUa: (p) => p.detail,
};

export const domainMessages = { it: itDomain, en: enDomain };
