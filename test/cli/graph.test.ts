import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';
import { copyProject } from '../helpers.js';

async function sop(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'sop', ...args], createIo({ cwd, color: false, out: (t) => void (stdout += t), err: (t) => void (stderr += t) }));
  return { code, stdout, stderr };
}

describe('sop graph', () => {
  it('exports a procedure as Mermaid', async () => {
    const result = await sop(await copyProject('base'), 'graph', 'beta/trasferimento', '--format', 'mermaid');
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'flowchart TD',
        '  n1["1. Richiesta — Ente antitratta (progetto ex art. 18)"]',
        '  n2["2. Coordinamento — Numero Verde Antitratta 800 290 290"]',
        '  n3["Regione Alfa — Invio a «Percorso per persone adulte»: Colloqui"]',
        '  n1 --> n2',
        '  n2 -->|"entro 2 giorni"| n3',
        '',
      ].join('\n'),
    });
  });

  it('exports a Region as JSON: roles and the referrals between them', async () => {
    const result = await sop(await copyProject('base'), 'graph', 'beta', '--format', 'json');
    expect(JSON.parse(result.stdout)).toEqual({
      nodes: [
        { id: 'ente-antitratta', label: 'Ente antitratta (progetto ex art. 18)' },
        { id: 'numero-verde', label: 'Numero Verde Antitratta 800 290 290' },
      ],
      edges: [
        { from: 'ente-antitratta', to: 'numero-verde', label: '1' },
        { from: 'numero-verde', to: 'ente-antitratta', label: '1' },
      ],
    });
  });

  it('exports standalone DOT and SVG, without links into a handbook', async () => {
    const dir = await copyProject('base');
    const dot = await sop(dir, 'graph', 'alfa/asilo', '--format', 'dot');
    expect(dot.stdout).toMatch(/^digraph procedure \{/);
    expect(dot.stdout).not.toContain('URL=');
    const svg = await sop(dir, 'graph', 'alfa/asilo', '--format', 'svg');
    expect(svg.stdout).toMatch(/^<svg /);
    // Boxes say the step's title in the shipped font, never its id.
    expect(svg.stdout).toContain('font-family="Titillium Web, sans-serif" font-size="10.00">3. Decisione</text>');
    expect(svg.stdout).not.toMatch(/>decisione</);
    expect(svg.stdout).not.toContain('xlink:href');
  });

  it('refuses an unknown target as a usage error', async () => {
    const result = await sop(await copyProject('base'), 'graph', 'alfa/nessuna');
    expect(result).toMatchObject({ code: 2, stderr: 'sop: Procedura inesistente: alfa/nessuna\n' });
    expect(await sop(await copyProject('base'), 'graph', 'nessuna', '--lang', 'en')).toMatchObject({ code: 2, stderr: 'sop: No such Region: nessuna\n' });
  });
});
