// Hover inside a referral's `when:`: the whole condition in the words the handbook prints, and
// the question behind each fact, so an editor sees what a reader will read before building.
import { lspMessages } from '../i18n/lsp.js';
import { parseCondition, factsOf } from '../model/condition.js';
import type { Fact, Lang, YamlPath } from '../model/types.js';
import { conditionInWords, factValueInWords } from '../render/conditions.js';
import type { Live } from './ids.js';

/** The path of the `when` that `path` is in or names (`steps.N.referrals.M.when`), if any. */
export function whenAround(path: YamlPath): YamlPath | undefined {
  return path[0] === 'steps' && path[2] === 'referrals' && path[4] === 'when' ? path.slice(0, 5) : undefined;
}

/** The fact a key or value inside a `when:` is about: the innermost key that is not all/any/not. */
export function factNamed(path: YamlPath): string | undefined {
  return path.slice(5).filter((step): step is string => typeof step === 'string' && !['all', 'any', 'not'].includes(step)).at(-1);
}

/**
 * The hover for a place inside a `when:`: on a fact id, the fact; then the condition in words and
 * each fact's question. Nothing for a condition still being typed that does not yet say anything.
 */
export function conditionHover(live: Live, path: YamlPath, factId: string | undefined, facts: ReadonlyMap<string, Fact>, lang: Lang): string | undefined {
  const raw = valueAt(live, whenAround(path) ?? []);
  if (!isCondition(raw)) return undefined;
  const t = lspMessages[lang];
  const condition = parseCondition(raw, []);
  const fact = factId === undefined ? undefined : facts.get(factId);
  const questions = factsOf(condition).flatMap((id) => {
    const named = facts.get(id);
    return named && named !== fact ? [`- **${named.label[lang]}**: ${named.question[lang]}`] : [];
  });
  return [
    ...(fact ? [factBlock(fact, lang)] : []),
    `**${t.appliesIf}:** ${conditionInWords(condition, facts, lang)}`,
    ...(questions.length > 0 ? [questions.join('\n')] : []),
  ].join('\n\n');
}

function factBlock(fact: Fact, lang: Lang): string {
  const t = lspMessages[lang];
  const values = fact.type === 'boolean' ? [true, false] : fact.values.map((value) => value.id);
  const choices = fact.type === 'date' ? t.factDate : values.map((value) => `\`${String(value)}\` ${factValueInWords(fact, value, lang)}`).join(', ');
  return `**${t.fact}: ${fact.label[lang]}** (\`${fact.id}\`)\n\n${fact.question[lang]}\n\n${t.factValues}: ${choices}`;
}

function valueAt(live: Live, path: YamlPath): unknown {
  return path.reduce<unknown>((node, step) => (typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[step] : undefined), live);
}

/** The `when:` grammar (schemas/procedure.schema.json, `$defs.when`), checked on text still being typed. */
function isCondition(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.keys(raw).length === 0) return false;
  const value = (item: unknown) => typeof item === 'boolean' || typeof item === 'string';
  return Object.entries(raw).every(([key, item]) => {
    if (key === 'all' || key === 'any') return Array.isArray(item) && item.length > 0 && item.every(isCondition);
    if (key === 'not') return isCondition(item);
    return value(item) || (Array.isArray(item) && item.length > 0 && item.every(value));
  });
}
