// `sop graph`: a procedure's or a Region's referral graph as DOT, Mermaid, SVG or JSON, for
// slides and training material. Built from the same model and DOT as the handbooks.
import type { Messages } from '../../i18n/index.js';
import { timeLimitInWords } from '../../i18n/format.js';
import type { Corpus, Procedure, Referral, Region } from '../../model/types.js';
import { procedureDot, referredStep } from './dot.js';
import type { GraphFormat } from './formats.js';
import { regionDot, roleReferrals } from './region.js';
import { layout } from './svg.js';


interface GraphData {
  nodes: Array<{ id: string; label: string }>;
  edges: Array<{ from: string; to: string; label: string }>;
}

function procedureData(corpus: Corpus, procedure: Procedure, t: Messages): GraphData {
  const role = (id: string) => corpus.catalogue.roles.get(id)?.name[t.lang] ?? id;
  const isLocal = (r: Referral) => r.to.region === procedure.folder && r.to.procedure === procedure.id;
  const referrals = procedure.steps.flatMap((s) => s.referrals.map((r) => ({ from: s, r })));
  const elsewhere = new Map(referrals.filter(({ r }) => !isLocal(r)).map(({ r }) => [r.to.raw, referredStep(corpus, procedure, r, t)]));
  return {
    nodes: [
      ...procedure.steps.map((s, i) => ({ id: s.id, label: `${i + 1}. ${s.title} — ${role(s.actor)}` })),
      ...[...elsewhere].map(([id, label]) => ({ id, label })),
    ],
    edges: referrals.map(({ from, r }) => ({ from: from.id, to: isLocal(r) ? r.to.step : r.to.raw, label: r.timeLimit ? timeLimitInWords(r.timeLimit, t) : '' })),
  };
}

function regionData(corpus: Corpus, region: Region, t: Messages): GraphData {
  const edges = new Map<string, number>();
  for (const { from, to } of roleReferrals(corpus, region)) edges.set(`${from.actor} ${to.actor}`, (edges.get(`${from.actor} ${to.actor}`) ?? 0) + 1);
  const roles = [...new Set([...edges.keys()].flatMap((k) => k.split(' ')))].sort();
  return {
    nodes: roles.map((id) => ({ id, label: corpus.catalogue.roles.get(id)?.name[t.lang] ?? id })),
    edges: [...edges].sort().map(([key, count]) => ({ from: key.split(' ')[0]!, to: key.split(' ')[1]!, label: String(count) })),
  };
}

/** Mermaid flowchart; labels quoted with Mermaid's entity escapes so no text breaks the syntax. */
function mermaid(data: GraphData): string {
  const ids = new Map<string, string>();
  const id = (key: string) => ids.get(key) ?? (ids.set(key, `n${ids.size + 1}`), ids.get(key)!);
  const text = (s: string) => s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
  const lines = ['flowchart TD'];
  for (const node of data.nodes) lines.push(`  ${id(node.id)}["${text(node.label)}"]`);
  for (const edge of data.edges) {
    lines.push(`  ${id(edge.from)} -->${edge.label ? `|"${text(edge.label)}"|` : ''} ${id(edge.to)}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function exportGraph(corpus: Corpus, target: { region: Region; procedure?: Procedure }, format: GraphFormat, t: Messages): Promise<string> {
  const { region, procedure } = target;
  const data = procedure ? procedureData(corpus, procedure, t) : regionData(corpus, region, t);
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (format === 'mermaid') return mermaid(data);
  // Exported graphs stand alone: no links into a handbook.
  const dot = procedure ? procedureDot(corpus, procedure, '', t, new Set()) : regionDot(corpus, region, t);
  const standalone = dot.replace(/, URL="[^"]*"/g, '');
  return format === 'dot' ? `${standalone}\n` : layout(standalone);
}
