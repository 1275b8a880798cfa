// `sop graph`: a procedure's or a Region's referral graph as DOT, Mermaid, SVG or JSON, for
// slides and training material. Built from the same model and DOT as the handbooks.
import type { Messages } from '../../i18n/index.js';
import { timeLimitInWords } from '../../i18n/format.js';
import type { Corpus, Procedure, Region } from '../../model/types.js';
import { procedureDot, regionDot } from './dot.js';
import type { GraphFormat } from './formats.js';
import { layout } from './svg.js';


interface GraphData {
  nodes: Array<{ id: string; label: string }>;
  edges: Array<{ from: string; to: string; label: string }>;
}

function procedureData(corpus: Corpus, procedure: Procedure, t: Messages): GraphData {
  const role = (id: string) => corpus.catalogue.roles.get(id)?.name[t.lang] ?? id;
  const local = (raw: string, region: string, proc: string) => (region === procedure.folder && proc === procedure.id ? raw.split('#').pop()! : raw);
  return {
    nodes: procedure.steps.map((s, i) => ({ id: s.id, label: `${i + 1}. ${s.id} — ${role(s.actor)}` })),
    edges: procedure.steps.flatMap((s) => s.referrals.map((r) => ({ from: s.id, to: local(r.to.raw, r.to.region, r.to.procedure), label: r.timeLimit ? timeLimitInWords(r.timeLimit, t) : '' }))),
  };
}

function regionData(corpus: Corpus, region: Region, t: Messages): GraphData {
  const edges = new Map<string, number>();
  for (const procedure of region.procedures.values()) {
    for (const step of procedure.steps) {
      for (const referral of step.referrals) {
        const target = corpus.regions.get(referral.to.region)?.procedures.get(referral.to.procedure)?.steps.find((s) => s.id === referral.to.step);
        if (target && target.actor !== step.actor) edges.set(`${step.actor} ${target.actor}`, (edges.get(`${step.actor} ${target.actor}`) ?? 0) + 1);
      }
    }
  }
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
    if (!data.nodes.some((n) => n.id === edge.to)) lines.push(`  ${id(edge.to)}["${text(edge.to)}"]`);
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
  const dot = procedure ? procedureDot(corpus, procedure, '', t, new Set()) : regionDot(corpus, region, '', t);
  const standalone = dot.replace(/, URL="[^"]*"/g, '');
  return format === 'dot' ? `${standalone}\n` : layout(standalone);
}
