import { execFile } from 'node:child_process';
import { appendFile, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';
import { copyProject, diagnose, REPO, RESTRICTED_PROCEDURE } from '../helpers.js';

const run = promisify(execFile);

async function sop(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'sop', ...args], createIo({ cwd, color: false, out: (t) => void (stdout += t), err: (t) => void (stderr += t) }));
  return { code, stdout, stderr };
}

/** git in the test repository only: identity and signing set per command, never globally. */
async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.name=Gruppo di lavoro', '-c', 'user.email=gdl@example.org', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd });
  return stdout.trim();
}

async function edit(root: string, file: string, from: string, to: string): Promise<void> {
  const full = path.join(root, 'procedures', file);
  const text = await readFile(full, 'utf8');
  // An edit that no longer applies would make the test pass for the wrong reason.
  expect(text.split(from).length - 1, `"${from}" in ${file}`).toBe(1);
  await writeFile(full, text.replace(from, to));
}

const NEW_PROCEDURE = `---
id: accoglienza
title: Accoglienza protetta in Regione Beta
region: beta
version: 0.1.0
status: draft
review_by: 2030-01-10
population: [adults]
stages: [accoglienza-protetta]
roles: [ente-antitratta]
steps:
  - id: accoglienza
    stage: accoglienza-protetta
    actor: ente-antitratta
    action: Accoglie la persona in una struttura protetta.
    action_kind: protected-reception
    terminal: true
---

Accoglienza in struttura a indirizzo riservato.
`;

/** The second version: what a working group typically changes in a revision. */
async function revise(root: string): Promise<void> {
  await edit(root, 'alfa/adulti.md', 'version: 1.0.0', 'version: 1.1.0');
  await edit(root, 'alfa/adulti.md', 'roles: [forze-ordine, ente-antitratta', 'roles: [squadra-mobile, ente-antitratta');
  await edit(root, 'alfa/adulti.md', '    actor: forze-ordine\n', '    actor: squadra-mobile\n');
  await edit(root, 'alfa/adulti.md', '    time_limit: P30D\n', '    time_limit: P20D\n');
  await edit(root, 'alfa/adulti.md', '        time_limit: PT24H\n        consent: informed\n', '        time_limit: PT24H\n        consent: informed\n      - to: asilo#informativa\n        condition: la persona chiede protezione internazionale\n        consent: informed\n');
  await edit(root, 'alfa/adulti.md', 'legal_basis: [dlgs-286-1998-art-18, dpr-394-1999-art-27]', 'legal_basis: [dlgs-286-1998-art-18, l-228-2003-art-13]');
  await edit(root, 'alfa/adulti.md', 'rilascia il permesso dopo la', 'rilascia il permesso di soggiorno dopo la');
  await edit(root, 'alfa/adulti.md', 'stages: [identificazione-preliminare, identificazione-formale, regolarizzazione]', 'stages: [identificazione-preliminare, identificazione-formale, accoglienza-protetta, regolarizzazione]');
  await edit(root, 'alfa/adulti.md', '    referrals:\n      - to: proposta\n        consent: written\n', `    referrals:
      - to: accoglienza
        condition: la persona aderisce al programma
        consent: written
  - id: accoglienza
    stage: accoglienza-protetta
    actor: ente-antitratta
    local_actor: ente-alfa
    action: Accoglie la persona in una struttura a indirizzo riservato.
    action_kind: protected-reception
    legal_basis: [dpcm-16-05-2016]
    referrals:
      - to: proposta
        consent: written
`);
  await edit(root, 'alfa/asilo.md', "    action: Riprende l'esame e decide.\n", "    action: Riprende l'esame sospeso e decide sulla domanda.\n");
  await edit(root, 'alfa/region.yaml', '    phone: 800 290 290\n', '    phone: 800 290 290\n    hours: 24 ore su 24\n');
  await edit(root, 'alfa/region.yaml', '  - id: polizia-alfa\n', '  - id: mobile-alfa\n    role: squadra-mobile\n    name: Squadra Mobile della Questura di Alfa\n  - id: polizia-alfa\n');
  await edit(root, 'alfa/minori.md', 'version: 0.1.0', 'version: 0.2.0');
  await edit(root, 'alfa/minori.md', 'tutore-volontario, centro-accoglienza, ente-antitratta]', 'tutore-volontario, ente-antitratta]');
  await edit(root, 'alfa/minori.md', '      - to: prima-accoglienza\n        consent: not-required\n', '');
  await edit(root, 'alfa/minori.md', `  - id: prima-accoglienza
    stage: prima-assistenza
    actor: centro-accoglienza
    action: Accoglie il minore.
    action_kind: minor-first-reception
    time_limit: P30D
    referrals:
      - to: tutela
        consent: not-required
`, '');
  await writeFile(path.join(root, 'procedures/beta/accoglienza.md'), NEW_PROCEDURE);
}

async function twoCommits(): Promise<string> {
  const root = await copyProject('base');
  await git(root, 'init', '-q');
  await git(root, 'add', 'procedures');
  await git(root, 'commit', '-q', '-m', 'Prima versione');
  await git(root, 'tag', 'v1');
  await revise(root);
  await git(root, 'add', 'procedures');
  await git(root, 'commit', '-q', '-m', 'Revisione');
  await git(root, 'tag', 'v2');
  return root;
}

const privateCopies = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('sop-diff-'));

const ADDED_STEP = [
  '  - Passo `accoglienza` aggiunto: Ente antitratta di Alfa, come Ente antitratta (progetto ex art. 18), fase «Accoglienza protetta»',
  '      «Accoglie la persona in una struttura a indirizzo riservato.»',
  '      Base giuridica: D.P.C.M. 16 maggio 2016, Programma unico di emersione, assistenza e integrazione sociale',
  '      → `proposta`: consenso scritto',
];

describe('sop diff', () => {
  it('says, procedure by procedure, what changed between two commits', async () => {
    const root = await twoCommits();
    // The revision is a valid corpus: every change below is one a working group could approve.
    expect(await diagnose(path.join(root, 'procedures'))).toEqual([]);
    const copiesBefore = await privateCopies();
    const [v1, v2] = [(await git(root, 'rev-parse', 'v1')).slice(0, 7), (await git(root, 'rev-parse', 'v2')).slice(0, 7)];

    const result = await sop(root, 'diff', 'v1', 'v2');

    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `Modifiche alle procedure in procedures: da v1 (${v1}) a v2 (${v2})`,
        'Procedure aggiunte: 1; rimosse: 0; modificate: 3.',
        '',
        'alfa/adulti «Percorso per persone adulte» — modificata: versione 1.0.0 → 1.1.0',
        '  - Fasi: in più Accoglienza protetta',
        "  - Ruoli: in più Squadra Mobile (Polizia di Stato); in meno Forze dell'ordine (Carabinieri, Guardia di Finanza, Polizia locale)",
        "  - Passo `rilevazione`: attore cambiato da Forze dell'ordine (Carabinieri, Guardia di Finanza, Polizia locale) a Squadra Mobile (Polizia di Stato)",
        '  - Passo `rilevazione`: invio a `asilo#informativa` aggiunto: quando la persona chiede protezione internazionale; consenso informato',
        '  - Passo `colloqui`: tempi cambiati da entro 30 giorni a entro 20 giorni',
        '  - Passo `colloqui`: invio a `proposta` rimosso',
        '  - Passo `colloqui`: invio a `accoglienza` aggiunto: quando la persona aderisce al programma; consenso scritto',
        ...ADDED_STEP,
        '  - Passo `proposta`: base giuridica: in più L. 11 agosto 2003, n. 228 (Misure contro la tratta di persone), art. 13; ' +
          'in meno D.P.R. 31 agosto 1999, n. 394 (Regolamento di attuazione del TU immigrazione), art. 27',
        '  - Testo della procedura: sezione «Percorso» modificata',
        '',
        'alfa/asilo «Referral dalla Commissione territoriale» — modificata: versione 1.0.0',
        '  ! Attenzione: il contenuto è cambiato ma la versione è ancora 1.0.0',
        '  - Passo `decisione`: azione cambiata',
        "      prima: «Riprende l'esame e decide.»",
        "      ora: «Riprende l'esame sospeso e decide sulla domanda.»",
        '',
        'alfa/minori «Minori stranieri non accompagnati» — modificata: versione 0.1.0 → 0.2.0',
        '  - Ruoli: in meno Centro di accoglienza (hotspot, CAS, SAI, prima accoglienza minori)',
        '  - Passo `rintraccio`: invio a `prima-accoglienza` rimosso',
        '  - Passo `prima-accoglienza` rimosso: Centro di accoglienza (hotspot, CAS, SAI, prima accoglienza minori), fase «Prima assistenza», entro 30 giorni',
        '',
        'beta/accoglienza «Accoglienza protetta in Regione Beta» — aggiunta: versione 0.1.0, bozza',
        '  - Passi: `accoglienza`',
        '',
        'Regione alfa (region.yaml) — modificata',
        '  - Attore `mobile-alfa` aggiunto: «Squadra Mobile della Questura di Alfa», Squadra Mobile (Polizia di Stato)',
        '  - Contatto `numero-verde`: orari cambiati da nessuno a «24 ore su 24»',
        '',
      ].join('\n'),
    });
    // Each version was read through a private copy, and every copy is gone.
    expect(await privateCopies()).toEqual(copiesBefore);
  });

  it('words it in English with --lang en, names from the catalogue', async () => {
    const root = await twoCommits();
    const { stdout } = await sop(root, 'diff', 'v1', 'v2', '--lang', 'en');
    const lines = stdout.split('\n');
    expect(lines[1]).toBe('Procedures added: 1; removed: 0; changed: 3.');
    expect(lines.slice(3, 14)).toEqual([
      'alfa/adulti "Percorso per persone adulte" — changed: version 1.0.0 → 1.1.0',
      '  - Stages: added Protected reception',
      '  - Roles: added Flying Squad (State Police); removed Law enforcement (Carabinieri, Finance Police, local police)',
      '  - Step `rilevazione`: actor changed from Law enforcement (Carabinieri, Finance Police, local police) to Flying Squad (State Police)',
      '  - Step `rilevazione`: referral to `asilo#informativa` added: when la persona chiede protezione internazionale; informed consent',
      '  - Step `colloqui`: time limit changed from within 30 days to within 20 days',
      '  - Step `colloqui`: referral to `proposta` removed',
      '  - Step `colloqui`: referral to `accoglienza` added: when la persona aderisce al programma; written consent',
      '  - Step `accoglienza` added: Ente antitratta di Alfa, as Anti-trafficking provider (art. 18 project), stage "Protected reception"',
      '      "Accoglie la persona in una struttura a indirizzo riservato."',
      '      Legal basis: D.P.C.M. 16 maggio 2016, Programma unico di emersione, assistenza e integrazione sociale',
    ]);
    expect(lines).toContain('  ! Warning: the content changed but the version is still 1.0.0');
    expect(lines).toContain('  - Contact `numero-verde`: hours changed from none to "24 ore su 24"');
  });

  it('gives the same changes as JSON, valid against schemas/diff.schema.json', async () => {
    const root = await twoCommits();
    const result = await sop(root, 'diff', 'v1', 'v2', '--format', 'json');
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    const ajv = new Ajv2020.default({ allErrors: true });
    const validate = ajv.compile(JSON.parse(await readFile(path.join(REPO, 'schemas/diff.schema.json'), 'utf8')));
    const valid = validate(diff);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    expect(diff).toMatchObject({
      schema: 'urn:sopbook:schema:diff:1',
      dir: 'procedures',
      from: { ref: 'v1', commit: await git(root, 'rev-parse', 'v1'), errors: 0 },
      to: { ref: 'v2', commit: await git(root, 'rev-parse', 'v2'), errors: 0 },
      summary: { added: 1, removed: 0, changed: 3, version_not_bumped: 1 },
      catalogue: [],
    });
    expect(diff.procedures.map((p: { change: string; region: string; id: string }) => `${p.change} ${p.region}/${p.id}`)).toEqual([
      'changed alfa/adulti', 'changed alfa/asilo', 'changed alfa/minori', 'added beta/accoglienza',
    ]);
    expect(diff.procedures[0]).toEqual({
      change: 'changed',
      region: 'alfa',
      id: 'adulti',
      title: 'Percorso per persone adulte',
      version: { from: '1.0.0', to: '1.1.0' },
      version_not_bumped: false,
      fields: [
        {
          field: 'stages',
          from: ['identificazione-preliminare', 'identificazione-formale', 'regolarizzazione'],
          to: ['identificazione-preliminare', 'identificazione-formale', 'accoglienza-protetta', 'regolarizzazione'],
          added: ['accoglienza-protetta'],
          removed: [],
        },
        {
          field: 'roles',
          from: ['forze-ordine', 'ente-antitratta', 'questura-ufficio-immigrazione'],
          to: ['squadra-mobile', 'ente-antitratta', 'questura-ufficio-immigrazione'],
          added: ['squadra-mobile'],
          removed: ['forze-ordine'],
        },
      ],
      steps: [
        {
          change: 'changed',
          id: 'rilevazione',
          fields: [{ field: 'actor', from: 'forze-ordine', to: 'squadra-mobile' }],
          referrals: [
            {
              change: 'added',
              to: 'asilo#informativa',
              referral: { to: 'asilo#informativa', condition: 'la persona chiede protezione internazionale', consent: 'informed' },
            },
          ],
        },
        {
          change: 'changed',
          id: 'colloqui',
          fields: [{ field: 'time_limit', from: 'P30D', to: 'P20D' }],
          referrals: [
            { change: 'removed', to: 'proposta', referral: { to: 'proposta', consent: 'written' } },
            { change: 'added', to: 'accoglienza', referral: { to: 'accoglienza', condition: 'la persona aderisce al programma', consent: 'written' } },
          ],
        },
        {
          change: 'added',
          id: 'accoglienza',
          step: {
            id: 'accoglienza',
            stage: 'accoglienza-protetta',
            actor: 'ente-antitratta',
            local_actor: 'ente-alfa',
            action: 'Accoglie la persona in una struttura a indirizzo riservato.',
            action_kind: 'protected-reception',
            legal_basis: ['dpcm-16-05-2016'],
            terminal: false,
            restricted: false,
            referrals: [{ to: 'proposta', consent: 'written' }],
          },
        },
        {
          change: 'changed',
          id: 'proposta',
          fields: [
            {
              field: 'legal_basis',
              from: ['dlgs-286-1998-art-18', 'dpr-394-1999-art-27'],
              to: ['dlgs-286-1998-art-18', 'l-228-2003-art-13'],
              added: ['l-228-2003-art-13'],
              removed: ['dpr-394-1999-art-27'],
            },
          ],
          referrals: [],
        },
      ],
      body: [{ change: 'changed', heading: 'Percorso' }],
    });
    expect(diff.procedures[1]).toMatchObject({ id: 'asilo', version: { from: '1.0.0', to: '1.0.0' }, version_not_bumped: true });
    expect(diff.procedures[2].steps).toEqual([
      { change: 'changed', id: 'rintraccio', fields: [], referrals: [{ change: 'removed', to: 'prima-accoglienza', referral: { to: 'prima-accoglienza', consent: 'not-required' } }] },
      {
        change: 'removed',
        id: 'prima-accoglienza',
        step: {
          id: 'prima-accoglienza',
          stage: 'prima-assistenza',
          actor: 'centro-accoglienza',
          action: 'Accoglie il minore.',
          action_kind: 'minor-first-reception',
          time_limit: 'P30D',
          legal_basis: [],
          terminal: false,
          restricted: false,
          referrals: [{ to: 'tutela', consent: 'not-required' }],
        },
      },
    ]);
    expect(diff.procedures[3]).toEqual({
      change: 'added',
      region: 'beta',
      id: 'accoglienza',
      procedure: {
        title: 'Accoglienza protetta in Regione Beta',
        version: '0.1.0',
        status: 'draft',
        restricted: false,
        steps: [
          {
            id: 'accoglienza',
            stage: 'accoglienza-protetta',
            actor: 'ente-antitratta',
            action: 'Accoglie la persona in una struttura protetta.',
            action_kind: 'protected-reception',
            legal_basis: [],
            terminal: true,
            restricted: false,
            referrals: [],
          },
        ],
      },
    });
    expect(diff.regions).toEqual([
      {
        change: 'changed',
        region: 'alfa',
        fields: [],
        actors: [
          {
            change: 'added',
            id: 'mobile-alfa',
            fields: [
              { field: 'role', from: null, to: 'squadra-mobile' },
              { field: 'name', from: null, to: 'Squadra Mobile della Questura di Alfa' },
            ],
          },
        ],
        contacts: [{ change: 'changed', id: 'numero-verde', fields: [{ field: 'hours', from: null, to: '24 ore su 24' }] }],
      },
    ]);
  });

  it('with one ref, compares it with the working tree', async () => {
    const root = await twoCommits();
    const v2 = (await git(root, 'rev-parse', 'v2')).slice(0, 7);
    expect(await sop(root, 'diff', 'v2')).toEqual({
      code: 0,
      stderr: '',
      stdout: `Modifiche alle procedure in procedures: da v2 (${v2}) a copia di lavoro\nNessuna procedura è cambiata.\n`,
    });

    await edit(root, 'beta/trasferimento.md', 'time_limit: P2D', 'time_limit: P3D');
    const result = await sop(root, 'diff', 'HEAD');
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `Modifiche alle procedure in procedures: da HEAD (${v2}) a copia di lavoro`,
        'Procedure aggiunte: 0; rimosse: 0; modificate: 1.',
        '',
        'beta/trasferimento «Trasferimento verso la Regione Alfa» — modificata: versione 2.0.0',
        '  ! Attenzione: il contenuto è cambiato ma la versione è ancora 2.0.0',
        '  - Passo `coordinamento`, invio a `alfa/adulti#colloqui`: tempi cambiati da entro 2 giorni a entro 3 giorni',
        '',
      ].join('\n'),
    });
    const json = JSON.parse((await sop(root, 'diff', 'HEAD', '--format', 'json')).stdout);
    expect(json.to).toEqual({ ref: null, commit: null, errors: 0 });
  });

  it('asks for no new version when only the approval changed; lists catalogue changes', async () => {
    const root = await twoCommits();
    await edit(root, 'alfa/minori.md', 'status: draft\n', 'status: approved\napproval:\n  date: 2025-02-01\n  bodies: [regione-alfa, procura-minori-alfa]\n');
    await edit(root, '_national/legal-references.yaml', '    url: https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2014-03-04;24\n', '');
    await edit(root, '_national/stages.yaml', '  - id: rimpatrio-volontario\n', '  - id: accattonaggio\n    name: { it: Accattonaggio forzato, en: Forced begging }\n  - id: rimpatrio-volontario\n');
    const result = await sop(root, 'diff', 'v2');
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(1)).toEqual([
      'Procedure aggiunte: 0; rimosse: 0; modificate: 1.',
      '',
      'alfa/minori «Minori stranieri non accompagnati» — modificata: versione 0.2.0',
      '  - Stato cambiato da bozza a approvata',
      '  - Data di approvazione cambiata da nessuno a 1 febbraio 2025',
      '  - Enti che approvano: in più Regione Alfa, Procura per i minorenni di Alfa',
      '',
      'Catalogo nazionale (_national)',
      '  - Riferimento normativo `dlgs-24-2014` modificato: campi cambiati: url',
      '  - Percorso speciale `accattonaggio` aggiunto',
      '',
    ]);
  });

  it('compares what loads when a version has errors, and says so on stderr', async () => {
    const root = await twoCommits();
    await edit(root, 'alfa/asilo.md', 'status: approved', 'status: [');
    await edit(root, 'alfa/adulti.md', '    actor: squadra-mobile\n', '    actor: squadra-volante\n');
    // Run from inside the corpus: files are named relative to where the user stands.
    const result = await sop(path.join(root, 'procedures'), 'diff', 'v2', '--dir', '.');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      [
        'sop: copia di lavoro ha 2 errori: il confronto riguarda solo ciò che si carica',
        '  alfa/adulti.md:18:12  Ruolo sconosciuto «squadra-volante» (forse intendevi «squadra-mobile»?). Suggerimento: i ruoli sono definiti in _national/roles.yaml  refs/unknown-role',
        '  alfa/asilo.md:6:10  Parentesi non chiusa: manca «]» alla fine dell\'elenco. Suggerimento: chiudi l\'elenco sulla stessa riga, es. [adults, minors]  parse/yaml',
        '',
      ].join('\n'),
    );
    expect(result.stdout.split('\n').slice(1)).toEqual([
      'Procedure aggiunte: 0; rimosse: 0; modificate: 1.',
      '',
      'alfa/adulti «Percorso per persone adulte» — modificata: versione 1.1.0',
      '  ! Attenzione: il contenuto è cambiato ma la versione è ancora 1.1.0',
      '  - Passo `rilevazione`: attore cambiato da Squadra Mobile (Polizia di Stato) a squadra-volante',
      '',
      'alfa/asilo «Referral dalla Commissione territoriale» — non confrontabile: il file non si carica in copia di lavoro',
      '',
    ]);
  });

  it('never follows a symbolic link committed in the corpus', async () => {
    const root = await twoCommits();
    await symlink('/etc/passwd', path.join(root, 'procedures/alfa/passwd.md'));
    await git(root, 'add', 'procedures');
    await git(root, 'commit', '-q', '-m', 'Collegamento');
    const result = await sop(root, 'diff', 'v2', 'HEAD');
    expect(result).toEqual({
      code: 0,
      stdout: `Modifiche alle procedure in procedures: da v2 (${(await git(root, 'rev-parse', 'v2')).slice(0, 7)}) a HEAD (${(await git(root, 'rev-parse', 'HEAD')).slice(0, 7)})\nNessuna procedura è cambiata.\n`,
      stderr:
        `sop: HEAD (${(await git(root, 'rev-parse', 'HEAD')).slice(0, 7)}) ha 1 errore: il confronto riguarda solo ciò che si carica\n` +
        '  procedures/alfa/passwd.md:1:1  I collegamenti simbolici non vengono seguiti: il corpus non può rimandare a file fuori dalla sua cartella. Suggerimento: copia qui il file invece di collegarlo  security/symlink\n',
    });
  });

  it('counts every procedure as added when the folder did not exist yet', async () => {
    const root = await twoCommits();
    await git(root, 'checkout', '-q', '--orphan', 'vuoto');
    await git(root, 'rm', '-q', '-r', '--cached', 'procedures');
    await git(root, 'commit', '-q', '--allow-empty', '-m', 'Nessuna procedura');
    await git(root, 'tag', 'v0');
    const result = await sop(root, 'diff', 'v0', 'v1', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`sop: procedures does not exist in v0 (${(await git(root, 'rev-parse', 'v0')).slice(0, 7)}): every procedure counts as added or removed\n`);
    expect(result.stdout.split('\n')[1]).toBe('Procedures added: 4; removed: 0; changed: 0.');
  });

  it('refuses an unknown ref, a ref that looks like an option, and a folder outside git (exit 2)', async () => {
    const root = await twoCommits();
    expect(await sop(root, 'diff', 'v1', 'nessuna')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: Versione git sconosciuta "nessuna". Suggerimento: indica un ramo, un tag o un commit, es. HEAD~1\n',
    });
    expect(await sop(root, 'diff', '--', '--output=/tmp/x')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: Versione git "--output=/tmp/x" rifiutata: non può essere vuota né cominciare con "-"\n',
    });
    expect(await sop(root, 'diff', 'v1', '--lang', 'en', '--', '-x')).toMatchObject({ code: 2, stderr: 'sop: Refusing git ref "-x": a ref may not be empty or start with "-"\n' });
    expect(await sop(await copyProject('base'), 'diff', 'HEAD', '--lang', 'en')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: procedures is not inside a git work tree. Hint: sop diff compares versions committed with git\n',
    });
  });
});

/** Restricted items of every kind, added in the working tree after v2, each with a sentinel in its text. */
async function restrictedAdditions(root: string): Promise<void> {
  await writeFile(path.join(root, 'procedures/alfa/riservata.md'), RESTRICTED_PROCEDURE);
  await edit(root, 'alfa/minori.md', '    action_kind: formal-identification\n    terminal: true\n', '    action_kind: formal-identification\n    terminal: true\n  - id: nota-riservata\n    stage: prima-assistenza\n    actor: tribunale-minorenni\n    action: Nota SENTINELLA-PASSO.\n    action_kind: minor-protection-measures\n    restricted: true\n    terminal: true\n');
  await edit(root, 'alfa/minori.md', 'pathways: [minori]', 'pathways: [minori]\nentry: [rintraccio, nota-riservata]');
  await edit(root, 'alfa/region.yaml', '    audience: public', '    audience: public\n  - id: reperibilita\n    label: Reperibilità SENTINELLA-CONTATTO\n    phone: "[numero riservato comunicato ai firmatari]"\n    audience: restricted');
  await appendFile(path.join(root, 'procedures/alfa/adulti.md'), '\n:::restricted\nCasa protetta: SENTINELLA-BLOCCO.\n:::\n');
}

describe('sop diff --edition and --exit-code', () => {
  it('reports the public edition by default: nothing restricted, not even that it changed', async () => {
    const root = await twoCommits();
    await restrictedAdditions(root);
    // A valid corpus (its one warning is about the restricted step itself).
    expect((await diagnose(path.join(root, 'procedures'), 'en')).filter((d) => !d.includes('"nota-riservata"'))).toEqual([]);
    for (const args of [[], ['--edition', 'public']]) {
      const text = await sop(root, 'diff', 'v2', ...args);
      expect(text).toMatchObject({ code: 0, stderr: '' });
      expect(text.stdout.split('\n').slice(1)).toEqual(['Nessuna procedura è cambiata.', '']);
      const json = await sop(root, 'diff', 'v2', '--format', 'json', ...args);
      expect(JSON.parse(json.stdout)).toMatchObject({ edition: 'public', procedures: [], regions: [], catalogue: [] });
      expect(json.stdout).not.toMatch(/SENTINELLA|riservat|nota-riservata|reperibilita/);
    }
  });

  it('reports every restricted change with --edition internal, and says the report is internal', async () => {
    const root = await twoCommits();
    await restrictedAdditions(root);
    const { code, stdout } = await sop(root, 'diff', 'v2', '--edition', 'internal');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[1]).toBe('Edizione interna: comprende procedure, passi, contatti e testi per uso interno; da non diffondere.');
    expect(lines[2]).toBe('Procedure aggiunte: 1; rimosse: 0; modificate: 2.');
    for (const sentinel of ['SENTINELLA-PROCEDURA', 'SENTINELLA-PASSO', 'SENTINELLA-CONTATTO']) expect(stdout).toContain(sentinel);
    expect(stdout).toContain('alfa/adulti «Percorso per persone adulte» — modificata');
    const json = JSON.parse((await sop(root, 'diff', 'v2', '--edition', 'internal', '--format', 'json')).stdout);
    expect(json.edition).toBe('internal');
    expect(json.procedures.map((p: { change: string; region: string; id: string }) => `${p.change} ${p.region}/${p.id}`)).toEqual(['changed alfa/adulti', 'changed alfa/minori', 'added alfa/riservata']);
  });

  it('exits with 1 when something changed and 0 when nothing did, with --exit-code only', async () => {
    const root = await twoCommits();
    expect((await sop(root, 'diff', 'v1', 'v2', '--exit-code')).code).toBe(1);
    expect((await sop(root, 'diff', 'v1', 'v2')).code).toBe(0);
    expect(await sop(root, 'diff', 'v2', '--exit-code')).toMatchObject({ code: 0, stdout: expect.stringContaining('Nessuna procedura è cambiata.') });
    // A change in a Region file alone is a difference too.
    await edit(root, 'alfa/region.yaml', '    phone: 800 290 290\n', '    phone: 800 290 290\n    url: https://www.osservatoriointerventitratta.it\n');
    expect((await sop(root, 'diff', 'v2', '--exit-code', '--format', 'json')).code).toBe(1);
    // Restricted changes are no difference in the public edition.
    await git(root, 'checkout', '-q', '--', 'procedures');
    await restrictedAdditions(root);
    expect((await sop(root, 'diff', 'v2', '--exit-code')).code).toBe(0);
    expect((await sop(root, 'diff', 'v2', '--exit-code', '--edition', 'internal')).code).toBe(1);
  });
});
