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
  pdfTypeset: (p) => p.detail,
  pdfNotUa: (p) => p.detail,
};

export const domainMessages = { it: itDomain, en: enDomain };
