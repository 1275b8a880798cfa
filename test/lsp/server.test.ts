// `sop lsp` end to end: the built CLI spawned as an editor spawns it, spoken to over stdio.
import { readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { toJson } from '../../src/diagnostic-lines.js';
import { check } from '../../src/index.js';
import { lspMessages } from '../../src/i18n/lsp.js';
import { copyFixture, copyProject, FIXTURES, REPO } from '../helpers.js';
import { AGE_BRANCHES } from '../cases/project.js';
import { Client, positionOf, uriOf } from './client.js';

const clients: Client[] = [];
async function start(workspace: string, options?: Parameters<typeof Client.start>[1]): Promise<Client> {
  const client = await Client.start(workspace, options);
  clients.push(client);
  return client;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.stop()));
});

const roleIds = async () => (parse(await readFile(path.join(FIXTURES, 'base/_national/roles.yaml'), 'utf8')) as { roles: Array<{ id: string; name: { it: string } }> }).roles;
/** What `sop check` says of `about` (default: `file`) in the fixture with `text` saved as `file`. */
async function checkedAs(file: string, text: string, about = file) {
  const copy = await copyFixture('base', [{ file, write: text }]);
  return toJson((await check('.', { cwd: copy })).files).filter((d) => d.file === about);
}
const labels = (items: Array<{ label: string }>) => items.map((item) => item.label);

describe('diagnostics', () => {
  it('reports an unsaved mistyped role where it is typed, as sop check does, and clears it when fixed', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const saved = await readFile(file, 'utf8');
    const typed = saved.replace('    actor: forze-ordine\n', '    actor: forze-ordinee\n');
    const expected = await checkedAs('alfa/adulti.md', typed);
    expect(expected.map((d) => d.ruleId)).toEqual(['refs/unknown-role']);

    const client = await start(project);
    const uri = await client.open(file, typed);
    const { diagnostics } = await client.diagnostics(uri);
    const start0 = positionOf(typed, 'forze-ordinee');
    expect(diagnostics).toEqual([{
      range: { start: start0, end: { line: start0.line, character: start0.character + 'forze-ordinee'.length } },
      severity: DiagnosticSeverity.Error,
      code: 'refs/unknown-role',
      source: 'sop',
      message: expected[0]!.message,
    }]);
    expect(diagnostics[0]!.message).toContain('forze-ordinee');
    // The file on disk was never changed: the diagnostics came from the editor's text.
    expect(await readFile(file, 'utf8')).toBe(saved);

    const version = await client.change(uri, saved);
    expect((await client.diagnostics(uri, version)).diagnostics).toEqual([]);
  });

  it('reports in the other open files what the unsaved text of one breaks, and clears it when undone', async () => {
    const project = await copyProject('base');
    const at = (file: string) => path.join(project, 'procedures', file);
    const client = await start(project);
    const adulti = await readFile(at('alfa/adulti.md'), 'utf8');
    const uris = new Map<string, string>();
    for (const file of ['beta/trasferimento.md', 'alfa/asilo.md', 'alfa/adulti.md']) uris.set(file, await client.open(at(file), await readFile(at(file), 'utf8')));
    for (const uri of uris.values()) expect((await client.diagnostics(uri)).diagnostics).toEqual([]);

    // Renaming a step that another Region's referral and two body links point to.
    const renamed = adulti.replace('  - id: colloqui\n', '  - id: colloqui-formali\n').replace('      - to: colloqui\n', '      - to: colloqui-formali\n');
    const version = await client.change(uris.get('alfa/adulti.md')!, renamed);
    expect((await client.diagnostics(uris.get('alfa/adulti.md')!, version)).diagnostics).toEqual([]);
    for (const file of ['beta/trasferimento.md', 'alfa/asilo.md']) {
      const expected = await checkedAs('alfa/adulti.md', renamed, file);
      expect(expected.length).toBeGreaterThan(0);
      const published = client.published.filter((params) => params.uri === uris.get(file)).at(-1)!;
      expect(published.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual(
        expected.map((d) => [d.ruleId, d.line, d.column, d.message]));
    }
    expect(client.published.filter((params) => params.uri === uris.get('beta/trasferimento.md')).at(-1)!.diagnostics.map((d) => d.code)).toContain('refs/unknown-step');

    await client.change(uris.get('alfa/adulti.md')!, adulti);
    await client.diagnostics(uris.get('alfa/adulti.md')!);
    for (const file of ['beta/trasferimento.md', 'alfa/asilo.md']) {
      expect(client.published.filter((params) => params.uri === uris.get(file)).at(-1)!.diagnostics).toEqual([]);
    }
  });

  it('places diagnostics and completes in a file saved on Windows (byte-order mark, CRLF)', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const typed = `\uFEFF${(await readFile(file, 'utf8')).replace('    actor: forze-ordine\n', '    actor: forze-ordinee\n').replace(/\n/g, '\r\n')}`;
    const client = await start(project);
    const uri = await client.open(file, typed);
    const { diagnostics } = await client.diagnostics(uri);
    const mistake = positionOf(typed, 'forze-ordinee');
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([['refs/unknown-role', { start: mistake, end: { line: mistake.line, character: mistake.character + 'forze-ordinee'.length } }]]);
    const consent = positionOf(typed, 'consent: informed', 'consent: '.length);
    expect(labels(await client.complete(uri, consent.line, consent.character))).toEqual(['written', 'informed', 'not-required', 'exception']);
  });

  it('checks a new procedure before it is first saved', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/nuova.md');
    const text = (await readFile(path.join(project, 'procedures/alfa/adulti.md'), 'utf8'))
      .replace('id: adulti\n', 'id: nuova\n').replace('    stage: regolarizzazione\n    actor: questura-ufficio-immigrazione\n', '    stage: regolarizzazione\n    actor: questura\n');
    const client = await start(project);
    const uri = await client.open(file, text);
    const expected = await checkedAs('alfa/nuova.md', text);
    expect(expected.map((d) => d.ruleId)).toContain('refs/unknown-role');
    expect((await client.diagnostics(uri)).diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual(
      expected.map((d) => [d.ruleId, d.line, d.column, d.message]));
  });
});

describe('completion', () => {
  it('offers the national roles, with their Italian names, after `actor: `', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = (await readFile(file, 'utf8')).replace('    actor: forze-ordine\n', '    actor: \n');
    const client = await start(project);
    const uri = await client.open(file, text);
    const at = positionOf(text, '    actor: \n', '    actor: '.length);
    const items = await client.complete(uri, at.line, at.character);
    const roles = await roleIds();
    expect(labels(items).sort()).toEqual(roles.map((role) => role.id).sort());
    const ente = items.find((item) => item.label === 'ente-antitratta')!;
    expect(ente.detail).toContain(roles.find((role) => role.id === 'ente-antitratta')!.name.it);
    // The roles the procedure lists come first.
    const listed = ['forze-ordine', 'ente-antitratta', 'questura-ufficio-immigrazione'];
    expect([...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).slice(0, 3).map((item) => item.label).sort()).toEqual([...listed].sort());
    expect(ente.textEdit).toEqual({ range: { start: at, end: at }, newText: 'ente-antitratta' });
  });

  it('offers the four consent values with what each means, in Italian by default and in English on request', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = (await readFile(file, 'utf8')).replace('        consent: informed\n', '        consent: \n');
    const at = positionOf(text, '        consent: \n', '        consent: '.length);
    for (const [lang, options] of [['it', {}], ['en', { initializationOptions: { lang: 'en' } }], ['en', { args: ['--lang', 'en'] }]] as const) {
      const client = await start(project, options);
      const uri = await client.open(file, text);
      const items = await client.complete(uri, at.line, at.character);
      expect(labels(items)).toEqual(['written', 'informed', 'not-required', 'exception']);
      expect(items.map((item) => (item.documentation as { value: string }).value)).toEqual(
        ['written', 'informed', 'not-required', 'exception'].map((value) => lspMessages[lang].values.consent![value]));
    }
    expect(lspMessages.it.values.consent!.written).toMatch(/^Consenso scritto/);
  });

  it('offers the properties a step does not have yet at a new key', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = (await readFile(file, 'utf8')).replace('    action_kind: formal-identification\n', '    action_kind: formal-identification\n    \n');
    const client = await start(project);
    const uri = await client.open(file, text);
    const at = positionOf(text, '    action_kind: formal-identification\n    \n', '    action_kind: formal-identification\n    '.length);
    const items = await client.complete(uri, at.line, at.character);
    // Every step property the schema allows that the step `colloqui` does not have yet.
    const schema = JSON.parse(await readFile(path.join(REPO, 'schemas/procedure.schema.json'), 'utf8'));
    const colloqui = (parse(text.split('---')[1]!) as { steps: Record<string, unknown>[] }).steps.find((step) => step.id === 'colloqui')!;
    const missing = Object.keys(schema.properties.steps.items.properties).filter((key) => !(key in colloqui));
    expect(missing).toEqual(expect.arrayContaining(['legal_basis', 'terminal']));
    expect(labels(items).sort()).toEqual(missing.sort());
    const terminal = items.find((item) => item.label === 'terminal')!;
    expect(terminal.textEdit).toMatchObject({ newText: 'terminal: ' });
    expect(terminal.detail).toBe('Passo finale');
    expect(terminal.documentation).toBe('Il passo conclude il percorso');

    // At the top level: the procedure's missing properties, half-typed.
    const top = text.replace('legal_basis: [dlgs-286-1998-art-18]\n', 'pa\n');
    const version = await client.change(uri, top);
    await client.diagnostics(uri, version);
    const pa = positionOf(top, '\npa\n', 3);
    expect(labels(await client.complete(uri, pa.line, pa.character)).sort()).toEqual(['entry', 'legal_basis', 'pathways', 'restricted']);
  });

  it('offers the procedure\'s steps, then the Region\'s procedure#step and other Regions\' targets, after `to: `', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = (await readFile(file, 'utf8')).replace('      - to: proposta\n', '      - to: \n');
    const client = await start(project);
    const uri = await client.open(file, text);
    const at = positionOf(text, '      - to: \n', '      - to: '.length);
    const items = await client.complete(uri, at.line, at.character);
    const ranked = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((item) => item.label);
    // The step being written (colloqui) is not its own target.
    expect(ranked.slice(0, 3)).toEqual(['proposta', 'rilascio', 'rilevazione']);
    expect(ranked).toContain('asilo#colloqui-ente');
    expect(ranked).toContain('beta/trasferimento#richiesta');
    expect(ranked.indexOf('asilo#colloqui-ente')).toBeLessThan(ranked.indexOf('beta/trasferimento#richiesta'));
    expect(ranked).not.toContain('colloqui');
  });

  it('puts the action kinds of the step\'s role first', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = (await readFile(file, 'utf8')).replace('    action_kind: propose-residence-permit\n', '    action_kind: pro\n');
    const client = await start(project);
    const uri = await client.open(file, text);
    const at = positionOf(text, '    action_kind: pro\n', '    action_kind: pro'.length);
    const items = await client.complete(uri, at.line, at.character);
    // The step's actor is the ente antitratta.
    const mandate = (parse(await readFile(path.join(FIXTURES, 'base/_national/roles.yaml'), 'utf8')) as { roles: Array<{ id: string; mandate: { actions: string[] } }> })
      .roles.find((role) => role.id === 'ente-antitratta')!.mandate.actions;
    expect(items.length).toBeGreaterThan(mandate.length);
    const first = items.filter((item) => item.sortText!.startsWith('0')).map((item) => item.label);
    expect(first.sort()).toEqual([...mandate].sort());
    // The word typed so far is replaced.
    expect(items[0]!.textEdit).toMatchObject({ range: { start: { line: at.line, character: at.character - 3 }, end: at } });
  });

  it('offers the national roles for an actor\'s `role:` in region.yaml, and its own actors for the project lead', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/region.yaml');
    const text = (await readFile(file, 'utf8')).replace('    role: procura\n', '    role: \n').replace('  lead: regione-alfa\n', '  lead: \n');
    const client = await start(project);
    const uri = await client.open(file, text);
    const role = positionOf(text, '    role: \n', '    role: '.length);
    expect(labels(await client.complete(uri, role.line, role.character)).sort()).toEqual((await roleIds()).map((r) => r.id).sort());
    const lead = positionOf(text, '  lead: \n', '  lead: '.length);
    const actors = (parse(text) as { actors: Array<{ id: string }> }).actors.map((actor) => actor.id);
    expect(labels(await client.complete(uri, lead.line, lead.character)).sort()).toEqual([...actors].sort());
  });

  it('offers the action kinds in a role\'s mandate in the national catalogue', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/_national/roles.yaml');
    const text = (await readFile(file, 'utf8')).replace('      actions: [investigate, detect-indicators, report-case, request-age-assessment]\n', '      actions: [investigate, \n');
    const client = await start(project);
    const uri = await client.open(file, text);
    const at = positionOf(text, '      actions: [investigate, \n', '      actions: [investigate, '.length);
    const actions = (parse(await readFile(path.join(project, 'procedures/_national/actions.yaml'), 'utf8')) as { actions: Array<{ id: string }> }).actions.map((action) => action.id);
    // Those already in the list are not offered again.
    expect(labels(await client.complete(uri, at.line, at.character)).sort()).toEqual(actions.filter((action) => action !== 'investigate').sort());
    // The unclosed list is an error where it is typed, as `sop check` would say.
    const expected = await checkedAs('_national/roles.yaml', text);
    expect(expected.length).toBeGreaterThan(0);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1])).toEqual(expected.map((d) => [d.ruleId, d.line, d.column]));
  });

  it('offers ids in body links', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = `${await readFile(file, 'utf8')}\nVedi la [Questura](role:que) e il [passo](step:\n`;
    const client = await start(project);
    const uri = await client.open(file, text);
    const role = positionOf(text, '(role:que)', '(role:que'.length);
    const roles = await client.complete(uri, role.line, role.character);
    expect(labels(roles)).toContain('questura-ufficio-immigrazione');
    expect(roles[0]!.textEdit).toMatchObject({ range: { start: { line: role.line, character: role.character - 3 }, end: role } });
    const step = positionOf(text, '(step:\n', '(step:'.length);
    expect(labels(await client.complete(uri, step.line, step.character))).toEqual(expect.arrayContaining(['rilevazione', 'colloqui', 'asilo#decisione']));
  });
});

describe('hover', () => {
  it('says what a role, a legal reference and a referral target are', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = await readFile(file, 'utf8');
    const client = await start(project);
    const uri = await client.open(file, text);
    const at = (needle: string, shift: number) => positionOf(text, needle, shift);
    const show = async (position: { line: number; character: number }) => ((await client.hover(uri, position.line, position.character))?.contents as { value: string } | undefined)?.value;
    const roles = await roleIds();
    expect(await show(at('actor: questura-ufficio-immigrazione', 10))).toContain(roles.find((role) => role.id === 'questura-ufficio-immigrazione')!.name.it);
    expect(await show(at('(role:questura-ufficio-immigrazione)', 8))).toContain('Mandato:');
    expect(await show(at('legal_basis: [dlgs-286-1998-art-18]', 16))).toContain('D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 18');
    expect(await show(at('- to: proposta', 8))).toContain('Propone il rilascio del permesso di soggiorno.');
    expect(await show(at('consent: informed', 10))).toBe(lspMessages.it.values.consent!.informed);
    expect(await show(at('title: Percorso', 8))).toBeUndefined();
    // A property name: its schema's title and description, in Italian.
    const schema = JSON.parse(await readFile(path.join(REPO, 'schemas/procedure.schema.json'), 'utf8'));
    const italian = (text: string) => text.slice(0, text.lastIndexOf(' / '));
    const reviewBy = schema.properties.review_by;
    expect(await show(at('review_by:', 3))).toBe(`**${italian(reviewBy.title)}**\n\n${italian(reviewBy.description)}`);
    expect(await show(at('    time_limit: P30D', 6))).toMatch(new RegExp(`^\\*\\*${italian(schema.properties.steps.items.properties.time_limit.title)}\\*\\*`));
  });
});

describe('hover on a referral condition', () => {
  it('says the when: in words and each fact\'s question; on a fact id, the fact first', async () => {
    const project = await copyProject('base', [AGE_BRANCHES]);
    const file = path.join(project, 'procedures/alfa/minori.md');
    const text = await readFile(file, 'utf8');
    const show = async (client: Client, needle: string, shift: number) => {
      const uri = await client.open(file, text);
      const at = positionOf(text, needle, shift);
      return ((await client.hover(uri, at.line, at.character))?.contents as { value: string } | undefined)?.value;
    };
    const italian = await start(project);
    const words = await show(italian, '        when: { minore: false, eta-incerta: false }', 10);
    expect(words).toMatch(/^\*\*Condizione sui fatti\*\*\n\nCondizione sui fatti del caso/);
    expect(words).toContain('\n\n**Si applica se:** Minorenne: no e Età incerta: no\n\n- **Minorenne**: La persona è minorenne, o dichiara di esserlo?\n- **Età incerta**: ');
    const fact = await show(italian, '{ any: [ { minore: true }', '{ any: [ { '.length + 2);
    expect(fact).toBe([
      '**Fatto del caso: Minorenne** (`minore`)',
      'La persona è minorenne, o dichiara di esserlo?',
      'Valori: `true` sì, `false` no',
      '**Si applica se:** Minorenne: sì oppure Età incerta: sì',
      "- **Età incerta**: Ci sono dubbi sull'età della persona?",
    ].join('\n\n'));
    // On a value, the fact it is a value of.
    expect(await show(italian, '{ eta-incerta: true } ] }', '{ eta-incerta: '.length + 1)).toMatch(/^\*\*Fatto del caso: Età incerta\*\* \(`eta-incerta`\)\n\nCi sono dubbi/);
    const english = await start(project, { initializationOptions: { lang: 'en' } });
    expect(await show(english, '{ any: [ { minore: true }', 3)).toMatch(/^\*\*Applies if:\*\* Minor: yes or Age in doubt: yes\n\n- \*\*Minor\*\*: Is the person a minor/);
  });
});

describe('the corpus tree', () => {
  it('never reads, checks or completes a file outside the workspace, nor follows a link out of it', async () => {
    // Another corpus beside the workspace, with a role no file of the workspace names.
    const outside = await copyFixture('base', [{ file: '_national/roles.yaml', replace: '  - id: squadra-mobile\n', with: '  - id: ruolo-esterno-sentinella\n' }]);
    const project = await copyProject('base');
    await symlink(path.join(outside, 'alfa'), path.join(project, 'procedures/esterna'));
    const linked = path.join(project, 'procedures/alfa/collegata.md');
    await symlink(path.join(outside, 'alfa/adulti.md'), linked);
    const client = await start(project);

    const foreign = path.join(outside, 'alfa/adulti.md');
    const foreignText = (await readFile(foreign, 'utf8')).replace('    actor: forze-ordine\n', '    actor: \n');
    const at = positionOf(foreignText, '    actor: \n', '    actor: '.length);
    const foreignUri = await client.open(foreign, foreignText);
    // Reached through `..` from inside the workspace, it is still outside.
    const dottedUri = await client.open(`${uriOf(path.join(project, 'procedures/alfa'))}/../../../${path.basename(outside)}/alfa/adulti.md`, foreignText);
    expect(await client.complete(foreignUri, at.line, at.character)).toEqual([]);
    expect(await client.complete(dottedUri, at.line, at.character)).toEqual([]);

    const file = path.join(project, 'procedures/alfa/adulti.md');
    const text = (await readFile(file, 'utf8')).replace('      - to: proposta\n', '      - to: \n');
    const uri = await client.open(file, foreignText);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.code)).toEqual(['schema/type']);
    const roles = labels(await client.complete(uri, at.line, at.character));
    expect(roles).toContain('squadra-mobile');
    expect(roles).not.toContain('ruolo-esterno-sentinella');
    const version = await client.change(uri, text);
    await client.diagnostics(uri, version);
    const to = positionOf(text, '      - to: \n', '      - to: '.length);
    const targets = labels(await client.complete(uri, to.line, to.character));
    expect(targets).toContain('beta/trasferimento#richiesta');
    expect(targets.filter((target) => target.startsWith('esterna/') || target.startsWith('collegata#'))).toEqual([]);

    // The linked file, opened in the editor, shows the loader's refusal and nothing of its content.
    const linkedUri = await client.open(linked, foreignText);
    expect((await client.diagnostics(linkedUri)).diagnostics.map((d) => d.code)).toEqual(['security/symlink']);
    // Nothing was published for the files outside: they were never checked.
    expect(client.published.map((params) => params.uri)).not.toContain(foreignUri);
    expect(client.published.map((params) => params.uri)).not.toContain(dottedUri);
  });
});
