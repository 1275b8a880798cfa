// Malformed input gives diagnostics, never a crash, and line endings or a BOM change nothing.
import { readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, diagnose } from '../helpers.js';

async function rewriteAll(dir: string, transform: (text: string) => string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    await writeFile(file, transform(await readFile(file, 'utf8')));
  }
}

describe('robustness of loading', () => {
  it('accepts CRLF line endings everywhere', async () => {
    const dir = await copyFixture('base');
    await rewriteAll(dir, (text) => text.replace(/\n/g, '\r\n'));
    expect(await diagnose(dir, 'en')).toEqual([]);
  });

  it('keeps positions right with CRLF line endings', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/adulti.md', replace: 'actor: forze-ordine', with: 'actor: questura-rm' }]);
    await rewriteAll(dir, (text) => text.replace(/\n/g, '\r\n'));
    expect(await diagnose(dir, 'en')).toEqual([
      'alfa/adulti.md:18:12 error Unknown role "questura-rm". Hint: roles are defined in _national/roles.yaml refs/unknown-role',
    ]);
  });

  it('ignores a byte-order mark', async () => {
    const dir = await copyFixture('base');
    await rewriteAll(dir, (text) => `\uFEFF${text}`);
    expect(await diagnose(dir, 'en')).toEqual([]);
  });

  it('reports wrong types instead of crashing', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/adulti.md', replace: 'steps:\n  - id: rilevazione', with: 'steps: 3\nold:\n  - id: rilevazione' }]);
    const lines = await diagnose(dir, 'en');
    expect(lines).toContain('alfa/adulti.md:15:8 error "steps" must be a list, not number 3 schema/type');
    expect(lines).toContain('alfa/adulti.md:16:1 error Unknown property "old". Hint: the keys allowed here are id, title, region, version, status, restricted, approval, review_by, population, stages, pathways, roles, legal_basis, entry, steps schema/additionalProperties');
  });

  it('refuses a YAML alias bomb with a diagnostic', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const dir = await copyFixture('base', [{ file: 'alfa/bomba.md', write: `---\n${bomb}\n---\n` }]);
    const lines = await diagnose(dir, 'en');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^alfa\/bomba\.md:2:1 error YAML cannot be read: .*alias.* parse\/yaml$/i);
  });

  it('reports a YAML front-matter that is not a mapping', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/lista.md', write: '---\n- uno\n- due\n---\n' }]);
    expect(await diagnose(dir, 'en')).toEqual(['alfa/lista.md:2:1 error The front-matter must be a mapping of keys to values, not a list schema/type']);
  });

  it('does not follow symbolic links out of the corpus', async () => {
    const dir = await copyFixture('base');
    await symlink('/etc', path.join(dir, 'etc'));
    await symlink('/etc/hostname', path.join(dir, 'alfa/hostname.md'));
    expect(await diagnose(dir, 'en')).toEqual([
      'alfa/hostname.md:1:1 error Symbolic links are not followed: the corpus may not reach outside its folder. Hint: copy the file here instead security/symlink',
      'etc:1:1 error Symbolic links are not followed: the corpus may not reach outside its folder. Hint: copy the file here instead security/symlink',
    ]);
  });

  it('does not follow a linked national catalogue, or a linked catalogue file', async () => {
    const linkedFile = await copyFixture('base');
    await rename(path.join(linkedFile, '_national/roles.yaml'), path.join(linkedFile, 'roles.yaml'));
    await symlink(path.join(linkedFile, 'roles.yaml'), path.join(linkedFile, '_national/roles.yaml'));
    expect(await diagnose(linkedFile, 'en')).toEqual([
      '_national/roles.yaml:1:1 error Symbolic links are not followed: the corpus may not reach outside its folder. Hint: copy the file here instead security/symlink',
    ]);
    const linkedFolder = await copyFixture('base');
    await rename(path.join(linkedFolder, '_national'), path.join(linkedFolder, '.catalogue'));
    await symlink(path.join(linkedFolder, '.catalogue'), path.join(linkedFolder, '_national'));
    expect(await diagnose(linkedFolder, 'en')).toEqual([
      '_national:1:1 error Symbolic links are not followed: the corpus may not reach outside its folder. Hint: copy the file here instead security/symlink',
    ]);
  });

  it('refuses runaway YAML nesting with a clear message', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/profonda.md', write: `---\nid: profonda\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n` }]);
    const lines = await diagnose(dir, 'en');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^alfa\/profonda\.md:3:\d+ error YAML is nested too deeply to be a procedure parse\/yaml$/);
  });

  it('refuses a file over 1 MB with a clear message', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/enorme.md', write: `---\nid: enorme\n---\n${'Testo lungo. '.repeat(100_000)}` }]);
    expect(await diagnose(dir, 'en')).toEqual(['alfa/enorme.md:1:1 error File is 1.2 MB; the limit is 1 MB. Hint: split it into several procedures parse/too-large']);
  });

  it('refuses a procedure with more than 500 steps', async () => {
    const steps = Array.from({ length: 501 }, (_, i) => `  - id: s${i}\n    stage: segnalazione\n    actor: numero-verde\n    action: Passo.\n    action_kind: helpline-support\n    terminal: true`).join('\n');
    const dir = await copyFixture('base', [{ file: 'alfa/lunga.md', write: `---\nid: lunga\ntitle: Lunga\nregion: alfa\nversion: 1.0.0\nstatus: draft\nreview_by: 2030-01-01\npopulation: [adults]\nstages: [segnalazione]\nroles: [numero-verde]\nsteps:\n${steps}\n---\n` }]);
    expect(await diagnose(dir, 'en')).toEqual(['alfa/lunga.md:12:3 error "steps" lists more than 500 items. Hint: split the procedure into smaller ones schema/maxItems']);
  });

  it('checks the other files when one cannot be parsed, without cascading errors', async () => {
    const dir = await copyFixture('base', [
      { file: 'alfa/adulti.md', replace: 'title: Percorso per persone adulte', with: 'title: "Percorso per persone adulte' },
      { file: 'alfa/minori.md', replace: 'time_limit: P30D', with: 'time_limit: P45D' },
    ]);
    expect(await diagnose(dir, 'en')).toEqual([
      'alfa/adulti.md:3:8 error Unclosed quotes: the text starting here with " has no closing quote. Hint: add " at the end of the text parse/yaml',
      'alfa/minori.md:53:17 error Time limit P45D of step "prima-accoglienza" exceeds the legal maximum P30D for "minor-first-reception" domain/legal-time-limit',
    ]);
  });
});
