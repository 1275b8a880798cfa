// One failing case per rule: a fault injected into a copy of test/fixtures/base (which passes
// every rule), and the exact diagnostics it must produce.
import type { Mutation } from '../helpers.js';

export interface RuleCase {
  rule: string;
  name: string;
  mutations: Mutation[];
  expected: string[];
}

const A = 'alfa/adulti.md';
const ASILO = 'alfa/asilo.md';
const MINORI = 'alfa/minori.md';
const T = 'beta/trasferimento.md';

/** A pathway that ends at the police without ever offering protection. */
const CONTROLLO = `---
id: controllo
title: Controllo su strada
region: alfa
version: 0.1.0
status: draft
review_by: 2030-01-10
population: [adults]
stages: [identificazione-preliminare]
roles: [forze-ordine]
steps:
  - id: fermo
    stage: identificazione-preliminare
    actor: forze-ordine
    action: Controlla i documenti.
    action_kind: investigate
    terminal: true
---
`;

export const ruleCases: RuleCase[] = [
  { rule: 'parse/yaml', name: 'broken YAML line', mutations: [{ file: A, replace: 'version: 1.0.0', with: 'version: [1.0.0' }], expected: [
    'alfa/adulti.md:5:16 error Unclosed bracket: "]" is missing at the end of the list. Hint: close the list on the same line, e.g. [adults, minors] parse/yaml',
  ] },
  { rule: 'parse/empty-file', name: 'empty file', mutations: [{ file: 'alfa/vuota.md', write: '' }], expected: [
    'alfa/vuota.md:1:1 error File is empty: a procedure starts with YAML front-matter between "---" lines parse/empty-file',
  ] },
  { rule: 'parse/no-frontmatter', name: 'file without front-matter', mutations: [{ file: 'alfa/senza.md', write: '# Titolo\n\nSolo testo.\n' }], expected: [
    'alfa/senza.md:1:1 error Missing front-matter: a procedure starts with YAML front-matter between "---" lines. Hint: the first line of the file must be "---" parse/no-frontmatter',
  ] },
  { rule: 'parse/encoding', name: 'non-UTF-8 bytes', mutations: [{ file: 'alfa/latin1.md', write: Buffer.concat([Buffer.from('---\nid: latin1\ntitle: Perch'), Buffer.from([0xe8]), Buffer.from('\n---\n')]) }], expected: [
    'alfa/latin1.md:3:13 error File is not valid UTF-8. Hint: save it with UTF-8 encoding parse/encoding',
  ] },
  { rule: 'schema/required', name: 'step without action kind', mutations: [{ file: A, replace: '    action_kind: detect-indicators\n', with: '' }], expected: [
    'alfa/adulti.md:16:5 error Missing required property "action_kind" in step "rilevazione". Hint: add the line "action_kind: …" schema/required',
  ] },
  { rule: 'schema/additionalProperties', name: 'misspelt property', mutations: [{ file: A, replace: 'terminal: true', with: 'terminale: true' }], expected: [
    'alfa/adulti.md:51:5 error Unknown property "terminale" (did you mean "terminal"?) schema/additionalProperties',
  ] },
  { rule: 'schema/enum', name: 'misspelt status', mutations: [{ file: A, replace: 'status: approved', with: 'status: aproved' }], expected: [
    'alfa/adulti.md:6:9 error Invalid value "aproved" for "status": expected one of draft, approved, retired (did you mean "approved"?) schema/enum',
  ] },
  { rule: 'schema/type', name: 'population not a list', mutations: [{ file: A, replace: 'population: [adults]', with: 'population: adults' }], expected: [
    'alfa/adulti.md:11:13 error "population" must be a list, not the text "adults" schema/type',
  ] },
  { rule: 'schema/pattern', name: 'time limit in words', mutations: [{ file: A, replace: 'time_limit: PT24H', with: 'time_limit: 24 ore' }], expected: [
    'alfa/adulti.md:24:21 error "24 ore" is not a valid ISO 8601 duration for "time_limit". Hint: write e.g. PT24H for 24 hours, P2D for 2 days, P3M for 3 months schema/pattern',
  ] },
  { rule: 'schema/format', name: 'impossible date', mutations: [{ file: A, replace: 'review_by: 2030-01-10', with: 'review_by: 2030-13-10' }], expected: [
    'alfa/adulti.md:10:12 error "2030-13-10" is not a valid date for "review_by": dates are written YYYY-MM-DD. Hint: write e.g. 2030-01-10 for 10 January 2030 schema/format',
  ] },
  { rule: 'schema/minimum', name: 'stage order below 1', mutations: [{ file: '_national/stages.yaml', replace: '    order: 1\n', with: '    order: 0\n' }], expected: [
    '_national/stages.yaml:6:12 error "order" must be at least 1, not 0 schema/minimum',
  ] },
  { rule: 'structure/missing-file', name: 'region folder without region.yaml', mutations: [{ file: 'beta/region.yaml', remove: true }], expected: [
    'beta/region.yaml:1:1 error Region folder "beta" has no region.yaml, so it is not a Region. Hint: create it with sop new region beta --name "…" structure/missing-file',
  ] },
  { rule: 'structure/region-folder', name: 'procedure in the wrong folder', mutations: [{ file: T, replace: 'region: beta', with: 'region: alfa' }], expected: [
    'beta/trasferimento.md:4:9 error Procedure declares region "alfa" but is in folder "beta". Hint: move the file to procedures/alfa/ or fix "region" structure/region-folder',
  ] },
  { rule: 'structure/file-name', name: 'file not named after its id', mutations: [{ file: MINORI, replace: 'id: minori', with: 'id: minori-stranieri' }], expected: [
    'alfa/minori.md:2:5 warning File name "minori.md" does not match procedure id "minori-stranieri". Hint: rename the file to "minori-stranieri.md" structure/file-name',
  ] },
  { rule: 'refs/duplicate-id', name: 'two procedures with one id', mutations: [{ file: 'alfa/adulti-copia.md', copyOf: A }], expected: [
    'alfa/adulti-copia.md:2:5 error Duplicate procedure id "adulti": it is already defined in alfa/adulti.md:2. Hint: if this file is a copy, give it a new id and rename it to match refs/duplicate-id',
  ] },
  { rule: 'refs/unknown-role', name: 'unknown actor role', mutations: [{ file: A, replace: 'actor: forze-ordine', with: 'actor: questura-rm' }], expected: [
    'alfa/adulti.md:18:12 error Unknown role "questura-rm". Hint: roles are defined in _national/roles.yaml refs/unknown-role',
  ] },
  { rule: 'refs/unknown-action', name: 'misspelt action kind', mutations: [{ file: A, replace: 'action_kind: detect-indicators', with: 'action_kind: detect-indicator' }], expected: [
    'alfa/adulti.md:20:18 error Unknown action kind "detect-indicator" (did you mean "detect-indicators"?). Hint: action kinds are defined in _national/actions.yaml refs/unknown-action',
  ] },
  { rule: 'refs/unknown-legal-reference', name: 'unknown legal basis and legal link', mutations: [{ file: A, replace: 'legal_basis: [dlgs-286-1998-art-18]\nsteps', with: 'legal_basis: [dlgs-286-1998-art-81]\nsteps' }, { file: A, replace: '(legal:dlgs-286-1998-art-18)', with: '(legal:art-18)' }], expected: [
    'alfa/adulti.md:14:15 error Unknown legal reference "dlgs-286-1998-art-81" (did you mean "dlgs-286-1998-art-18"?). Hint: legal references are defined in _national/legal-references.yaml refs/unknown-legal-reference',
    'alfa/adulti.md:57:38 error Unknown legal reference "art-18" in link. Hint: legal references are defined in _national/legal-references.yaml refs/unknown-legal-reference',
  ] },
  { rule: 'refs/unknown-stage', name: 'misspelt stage', mutations: [{ file: A, replace: '    stage: identificazione-preliminare\n', with: '    stage: identificazione-preliminar\n' }], expected: [
    'alfa/adulti.md:17:12 error Unknown stage "identificazione-preliminar" (did you mean "identificazione-preliminare"?). Hint: stages are defined in _national/stages.yaml refs/unknown-stage',
  ] },
  { rule: 'refs/unknown-actor', name: 'unknown local actor', mutations: [{ file: A, replace: 'local_actor: questura-alfa', with: 'local_actor: questura-roma' }], expected: [
    'alfa/adulti.md:47:18 error Unknown actor "questura-roma" (did you mean "questura-alfa"?). Hint: actors are listed under "actors:" in the Region\'s region.yaml refs/unknown-actor',
  ] },
  { rule: 'refs/unknown-actor', name: 'unknown approving body', mutations: [{ file: A, replace: 'bodies: [regione-alfa, questura-alfa]', with: 'bodies: [regione-alfa, questura-alpha]' }], expected: [
    'alfa/adulti.md:9:26 error Unknown actor "questura-alpha" (did you mean "questura-alfa"?). Hint: actors are listed under "actors:" in the Region\'s region.yaml refs/unknown-actor',
  ] },
  { rule: 'refs/unknown-step', name: 'referral into a missing step of another Region', mutations: [{ file: T, replace: '- to: alfa/adulti#colloqui', with: '- to: alfa/adulti#colloquio' }], expected: [
    'beta/trasferimento.md:27:13 error Referral to unknown step "colloquio" of procedure "alfa/adulti" (did you mean "colloqui"?) refs/unknown-step',
  ] },
  { rule: 'refs/unknown-procedure', name: 'link to a missing procedure', mutations: [{ file: A, replace: '(procedure:asilo)', with: '(procedure:asylum)' }], expected: [
    'alfa/adulti.md:58:33 error Broken link: unknown procedure "asylum" in Region "alfa". Hint: the Region\'s procedures are adulti, asilo, minori refs/unknown-procedure',
  ] },
  { rule: 'refs/undeclared-role', name: 'actor missing from roles', mutations: [{ file: A, replace: 'roles: [forze-ordine, ente-antitratta', with: 'roles: [ente-antitratta' }], expected: [
    'alfa/adulti.md:18:12 error Role "forze-ordine" acts in step "rilevazione" but is not listed in the procedure\'s "roles". Hint: add "forze-ordine" to "roles" refs/undeclared-role',
  ] },
  { rule: 'refs/undeclared-stage', name: 'stage missing from stages', mutations: [{ file: A, replace: 'stages: [identificazione-preliminare, ', with: 'stages: [' }], expected: [
    'alfa/adulti.md:17:12 error Stage "identificazione-preliminare" of step "rilevazione" is not among the procedure\'s "stages" (identificazione-formale, regolarizzazione). Hint: add "identificazione-preliminare" to "stages" refs/undeclared-stage',
  ] },
  { rule: 'refs/role-without-actor', name: 'no local actor for a role', mutations: [{ file: 'beta/region.yaml', replace: '  - id: nv-beta\n    role: numero-verde\n    name: Numero Verde Antitratta\n', with: '' }], expected: [
    'beta/trasferimento.md:23:12 warning No actor of Region "beta" fills role "numero-verde". Hint: add one under "actors:" in beta/region.yaml refs/role-without-actor',
  ] },
  { rule: 'refs/repealed-legal-reference', name: 'art. 22 c.12-quater cited', mutations: [{ file: A, replace: '    legal_basis: [dlgs-286-1998-art-18]\n    terminal', with: '    legal_basis: [dlgs-286-1998-art-18, dlgs-286-1998-art-22-c12-quater]\n    terminal' }], expected: [
    'alfa/adulti.md:50:41 warning Legal reference "dlgs-286-1998-art-22-c12-quater" (D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 22, comma 12-quater — permesso per le vittime di sfruttamento lavorativo) was repealed by "dl-145-2024". Hint: cite "dlgs-286-1998-art-18-ter" instead refs/repealed-legal-reference',
  ] },
  { rule: 'graph/unreachable-step', name: 'step nobody reaches', mutations: [{ file: MINORI, replace: '      - to: prima-accoglienza\n        consent: not-required\n', with: '' }], expected: [
    'alfa/minori.md:46:9 error Step "prima-accoglienza" cannot be reached from the entry step (rintraccio). Hint: refer to it from an earlier step or add it to "entry" graph/unreachable-step',
  ] },
  { rule: 'graph/dead-end', name: 'non-terminal step without referrals', mutations: [{ file: MINORI, replace: '    action_kind: formal-identification\n    terminal: true\n', with: '    action_kind: formal-identification\n' }], expected: [
    'alfa/minori.md:57:9 error Step "colloqui-ente" refers the person nowhere and is not terminal. Hint: add "referrals" or "terminal: true" graph/dead-end',
  ] },
  { rule: 'graph/closed-cycle', name: 'cycle without exit', mutations: [{ file: MINORI, replace: '    action_kind: formal-identification\n    terminal: true\n', with: '    action_kind: formal-identification\n    referrals:\n      - to: tutela\n        consent: not-required\n' }], expected: [
    'alfa/minori.md:39:9 error Steps tutela → colloqui-ente → tutela form a cycle with no way out. Hint: add a referral out of the cycle or mark a step "terminal: true" graph/closed-cycle',
  ] },
  { rule: 'graph/no-protection-route', name: 'pathway that never reaches protection', mutations: [{ file: 'alfa/controllo.md', write: CONTROLLO }], expected: [
    'alfa/controllo.md:12:9 warning No referral path from entry step "fermo" reaches an anti-trafficking provider or the Numero Verde. Hint: refer the person to "ente-antitratta" or "numero-verde" graph/no-protection-route',
  ] },
  { rule: 'mandate/not-competent', name: 'police doing formal identification', mutations: [{ file: A, replace: 'action_kind: detect-indicators', with: 'action_kind: formal-identification' }], expected: [
    'alfa/adulti.md:20:18 error Role "forze-ordine" is not competent for "formal-identification": its mandate covers investigate, detect-indicators, report-case, request-age-assessment, minor-identification. Hint: competent roles are ente-antitratta mandate/not-competent',
  ] },
  { rule: 'mandate/local-actor', name: 'local actor whose role may not do the step', mutations: [{ file: A, replace: 'local_actor: questura-alfa', with: 'local_actor: procura-alfa' }], expected: [
    'alfa/adulti.md:47:18 error Actor "procura-alfa" cannot perform step "rilascio": it fills role "procura", which is not competent for "issue-residence-permit" in the national catalogue mandate/local-actor',
  ] },
  { rule: 'mandate/local-actor', name: 'local actor of another role', mutations: [{ file: A, replace: '    action_kind: detect-indicators\n', with: '    local_actor: questura-alfa\n    action_kind: detect-indicators\n' }], expected: [
    'alfa/adulti.md:20:18 error Actor "questura-alfa" cannot perform step "rilevazione": it fills role "questura-ufficio-immigrazione", not the step\'s role "forze-ordine" mandate/local-actor',
  ] },
  { rule: 'domain/minors-safeguards', name: 'minors without juvenile prosecutor and guardian', mutations: [{ file: A, replace: 'population: [adults]', with: 'population: [minors]' }], expected: [
    'alfa/adulti.md:11:13 error A procedure for minors must involve the juvenile prosecutor\'s office or the juvenile court (L. 47/2017). Hint: add a step whose actor is "procura-minorenni" or "tribunale-minorenni" domain/minors-safeguards',
    'alfa/adulti.md:11:13 error A procedure for minors must involve a guardian (L. 47/2017 art. 11). Hint: add a step whose actor is "tutore-volontario" domain/minors-safeguards',
  ] },
  { rule: 'domain/permit-proposal', name: 'art. 18 permit without proposal', mutations: [{ file: A, replace: 'action_kind: propose-residence-permit', with: 'action_kind: legal-information' }], expected: [
    'alfa/adulti.md:44:9 error The art. 18 permit in step "rilascio" must follow a proposal: no referral into it comes from a "propose-residence-permit" step of procura, servizi-sociali, ente-antitratta domain/permit-proposal',
  ] },
  { rule: 'domain/permit-proposal', name: 'art. 18-ter permit proposed by the ente', mutations: [{ file: A, replace: '    legal_basis: [dlgs-286-1998-art-18]\n    terminal', with: '    legal_basis: [dlgs-286-1998-art-18-ter]\n    terminal' }], expected: [
    'alfa/adulti.md:42:13 error "ente-antitratta" may not propose the art. 18-ter permit: only procura may domain/permit-proposal',
    'alfa/adulti.md:44:9 error The art. 18-ter permit in step "rilascio" must follow a proposal: no referral into it comes from a "propose-residence-permit" step of procura domain/permit-proposal',
  ] },
  { rule: 'domain/ct-referral', name: 'Commissione referral without written consent', mutations: [{ file: ASILO, replace: '      - to: colloqui-ente\n        consent: written', with: '      - to: colloqui-ente\n        consent: informed' }], expected: [
    'alfa/asilo.md:23:18 error A referral from the Commissione territoriale to the anti-trafficking provider needs the person\'s written consent, not "informed". Hint: "consent: written" domain/ct-referral',
  ] },
  { rule: 'domain/ct-referral', name: 'Commissione referral without return', mutations: [{ file: ASILO, replace: '    referrals:\n      - to: decisione\n        consent: not-required\n', with: '    terminal: true\n' }], expected: [
    'alfa/asilo.md:22:13 error No step of the anti-trafficking provider reached from "colloqui-ente" reports back to the Commissione territoriale. Hint: add a referral from the provider\'s report step to a "commissione-territoriale" step domain/ct-referral',
    'alfa/asilo.md:30:9 error Step "decisione" cannot be reached from the entry step (informativa). Hint: refer to it from an earlier step or add it to "entry" graph/unreachable-step',
  ] },
  { rule: 'domain/consent-needed', name: 'formal identification without consent', mutations: [{ file: A, replace: 'consent: informed', with: 'consent: not-required' }], expected: [
    'alfa/adulti.md:25:18 error Referral to "colloqui" (formal-identification) acts on the person and needs consent. Hint: write "consent: written" or "consent: informed", or "consent: exception" with a "consent_note" domain/consent-needed',
  ] },
  { rule: 'domain/legal-time-limit', name: 'MSNA first reception beyond 30 days', mutations: [{ file: MINORI, replace: 'time_limit: P30D', with: 'time_limit: P45D' }], expected: [
    'alfa/minori.md:53:17 error Time limit P45D of step "prima-accoglienza" exceeds the legal maximum P30D for "minor-first-reception" domain/legal-time-limit',
  ] },
  { rule: 'domain/approval-data', name: 'approved without approving bodies', mutations: [{ file: ASILO, replace: '  bodies: [ct-alfa]\n', with: '' }], expected: [
    'alfa/asilo.md:8:3 error Procedure is "approved" but its approval has no bodies. Hint: add "approval:" with "date:" and "bodies:", or set "status: draft" domain/approval-data',
  ] },
  { rule: 'domain/review-before-approval', name: 'review before approval', mutations: [{ file: A, replace: 'review_by: 2030-01-10', with: 'review_by: 2023-01-10' }], expected: [
    'alfa/adulti.md:10:12 error Review date 2023-01-10 is not after the approval date 2024-01-10. Hint: set "review_by" after the approval date domain/review-before-approval',
  ] },
  { rule: 'domain/review-overdue', name: 'review date passed', mutations: [{ file: ASILO, replace: 'review_by: 2030-01-10', with: 'review_by: 2025-06-30' }], expected: [
    'alfa/asilo.md:10:12 warning Review date 2025-06-30 has passed: the working group should review this procedure. Hint: after the review, update "review_by" domain/review-overdue',
  ] },
  { rule: 'domain/helpline-number', name: 'wrong helpline number', mutations: [{ file: 'alfa/region.yaml', replace: 'phone: 800 290 290', with: 'phone: 800 123 456' }], expected: [
    'alfa/region.yaml:47:12 error The Numero Verde Antitratta is 800 290 290, not "800 123 456" domain/helpline-number',
  ] },
  { rule: 'edition/restricted-reference', name: 'public referral into a restricted step', mutations: [{ file: A, replace: '    action_kind: formal-identification\n    time_limit: P30D', with: '    action_kind: formal-identification\n    restricted: true\n    time_limit: P30D' }], expected: [
    'alfa/adulti.md:22:13 error Public step "rilevazione" refers to "colloqui", which is restricted and absent from the public edition. Hint: mark this step "restricted: true" too, or refer elsewhere edition/restricted-reference',
    'alfa/asilo.md:41:1 error Public text links to "adulti#colloqui", which is restricted and absent from the public edition. Hint: move the link into a ":::restricted" block edition/restricted-reference',
    'beta/trasferimento.md:27:13 error Public step "coordinamento" refers to "alfa/adulti#colloqui", which is restricted and absent from the public edition. Hint: mark this step "restricted: true" too, or refer elsewhere edition/restricted-reference',
    'beta/trasferimento.md:33:27 error Public text links to "alfa/adulti#colloqui", which is restricted and absent from the public edition. Hint: move the link into a ":::restricted" block edition/restricted-reference',
  ] },
  { rule: 'edition/restricted-reference', name: 'public link to a restricted procedure', mutations: [{ file: ASILO, replace: 'status: approved', with: 'status: approved\nrestricted: true' }], expected: [
    'alfa/adulti.md:58:33 error Public text links to "asilo", which is restricted and absent from the public edition. Hint: move the link into a ":::restricted" block edition/restricted-reference',
  ] },
  { rule: 'security/unsafe-link', name: 'links to files, paths and scripts, and an image file', mutations: [{ file: A, replace: 'Per i richiedenti asilo', with: '[a](../../../etc/passwd) [b](/etc/passwd) [c](file:///etc/passwd) [d](javascript:alert(1)) ![e](foto.png) [f](https://www.example.org)\n\nPer i richiedenti asilo' }], expected: [
    'alfa/adulti.md:58:1 error Link "../../../etc/passwd" points to a file or path: handbooks link to nothing outside themselves. Hint: use an https:// address or a role:, step:, procedure: or legal: reference security/unsafe-link',
    'alfa/adulti.md:58:26 error Link "/etc/passwd" points to a file or path: handbooks link to nothing outside themselves. Hint: use an https:// address or a role:, step:, procedure: or legal: reference security/unsafe-link',
    'alfa/adulti.md:58:43 error Link "file:///etc/passwd" points to a file or path: handbooks link to nothing outside themselves. Hint: use an https:// address or a role:, step:, procedure: or legal: reference security/unsafe-link',
    'alfa/adulti.md:58:67 warning Link "javascript:alert(1)": the "javascript:" scheme is not allowed and the link is dropped from the handbook. Hint: use an https:// address or a role:, step:, procedure: or legal: reference security/unsafe-link',
    'alfa/adulti.md:58:92 error Image "foto.png" points to a file: handbooks load no files from the corpus. Hint: describe the image in text security/unsafe-link',
  ] },
  { rule: 'domain/ente-registered', name: 'unregistered provider', mutations: [{ file: 'beta/region.yaml', replace: '    registered: true\n', with: '' }], expected: [
    'beta/region.yaml:7:9 error Actor "ente-beta" fills role "ente-antitratta" but is not marked as listed in the register of DPR 394/1999 art. 52. Hint: if it is listed, write "registered: true" domain/ente-registered',
  ] },
];
