// Editions from one source: the public edition is the corpus without its restricted
// procedures, steps, contacts and `:::restricted` prose. Every renderer reads the filtered model,
// so nothing restricted can reach any output (HTML, search index, SVG, JSON, PDF, file names).
import type { Blockquote, Root, RootContent } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { isRestrictedBlock } from './build.js';
import { referralGraph, type ReferralGraph } from './graph.js';
import type { Corpus, Edition, Procedure, Region } from './types.js';

export function forEdition(corpus: Corpus, edition: Edition, internalLabel: string): { corpus: Corpus; graph: ReferralGraph } {
  const regions = new Map<string, Region>();
  for (const [key, region] of corpus.regions) {
    const procedures = new Map<string, Procedure>();
    for (const [id, procedure] of region.procedures) {
      if (edition === 'public' && procedure.restricted) continue;
      procedures.set(id, procedureFor(procedure, edition, internalLabel));
    }
    regions.set(key, regionFor(region, procedures, edition));
  }
  const edited: Corpus = { ...corpus, regions };
  return { corpus: edited, graph: referralGraph(edited) };
}

/**
 * A Region's edition stays the same object while its file and its procedures do (`sop dev`): the
 * referral graph then keeps its nodes instead of making them again after every save.
 */
const regionEditions = new WeakMap<object, Map<Edition, Region>>();

function regionFor(region: Region, procedures: Map<string, Procedure>, edition: Edition): Region {
  // The Region file's parsed source is the same object while the file's bytes are.
  let made = regionEditions.get(region.origin.source);
  if (!made) regionEditions.set(region.origin.source, (made = new Map()));
  const previous = made.get(edition);
  if (previous && sameProcedures(previous.procedures, procedures)) return previous;
  const contacts = edition === 'public' ? region.contacts.filter((c) => c.audience === 'public') : region.contacts;
  const edited = { ...region, contacts, procedures };
  made.set(edition, edited);
  return edited;
}

function sameProcedures(a: ReadonlyMap<string, Procedure>, b: ReadonlyMap<string, Procedure>): boolean {
  if (a.size !== b.size) return false;
  const others = b.entries();
  for (const [id, procedure] of a) {
    const [otherId, other] = others.next().value!;
    if (id !== otherId || procedure !== other) return false;
  }
  return true;
}

/**
 * Each procedure's edition is made once: `sop dev` keeps unchanged procedures as the same
 * objects between rebuilds. Its prose is edited when read, like the tree it is read from.
 */
const editions = new WeakMap<Procedure, Map<string, Procedure>>();

export function procedureFor(procedure: Procedure, edition: Edition, internalLabel: string): Procedure {
  const key = `${edition}\u0000${internalLabel}`;
  let made = editions.get(procedure);
  if (!made) editions.set(procedure, (made = new Map()));
  let edited = made.get(key);
  if (!edited) {
    // The same array when no step is left out: the referral graph's keys are kept per steps array,
    // so the edition's graph shares the checked corpus's (model/graph.ts).
    const steps = edition === 'public' && procedure.steps.some((step) => step.restricted) ? procedure.steps.filter((step) => !step.restricted) : procedure.steps;
    edited = {
      ...procedure,
      steps,
      entry: edition === 'public' ? procedure.entry.filter((id) => !procedure.steps.some((s) => s.id === id && s.restricted)) : procedure.entry,
      body: editedBody(procedure.body, procedure.origin.source.file, edition, internalLabel),
      links: edition === 'public' ? procedure.links.unrestricted() : procedure.links,
    };
    made.set(key, edited);
  }
  return edited;
}

/**
 * Made apart from `procedureFor`, whose closures share one scope with the checked procedure in it:
 * the edition's prose kept the checked corpus's 5,000 procedures, and the arrays the edition does
 * not share with them, alive through the rendering.
 */
function editedBody(body: () => Root, file: VFile, edition: Edition, internalLabel: string): () => Root {
  return () => editBody(body(), edition, internalLabel, () => String(file.value ?? ''));
}

/**
 * Restricted blocks disappear from the public edition and become a labelled quotation in the
 * internal one. Other directives are not sopbook's: they go back to the text the author typed
 * (`Nota:importante` must not lose a word to the directive syntax). The file's text is read
 * only then: most bodies have no directive, and a build keeps the texts packed.
 */
function editBody(body: Root, edition: Edition, internalLabel: string, source: () => string): Root {
  const edit = <T extends Parent>(parent: T): T => ({
    ...parent,
    children: parent.children.flatMap((child): Node[] => {
      if (isRestrictedBlock(child)) {
        // Removed without a trace, unless the author chose what the public may read instead.
        const placeholder = (child as Node & { attributes?: Record<string, string | null | undefined> }).attributes?.placeholder;
        if (edition === 'public') return placeholder ? [{ type: 'paragraph', children: [{ type: 'text', value: placeholder }] } as Node] : [];
        const label: RootContent = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: internalLabel }] }] };
        return [{ type: 'blockquote', children: [label, ...(edit(child as Parent).children as Blockquote['children'])] } as Blockquote];
      }
      if (/Directive$/.test(child.type)) {
        const { start, end } = child.position ?? {};
        return [{ type: 'text', value: start?.offset !== undefined && end?.offset !== undefined ? source().slice(start.offset, end.offset) : '' } as Node];
      }
      return ['children' in child ? edit(child as Parent) : child];
    }),
  });
  return edit(body);
}
