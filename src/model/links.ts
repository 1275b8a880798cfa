// Where a procedure's body links and URLs are written, kept small: a corpus has some twenty links
// a procedure and reports few of them, so a place becomes a line and column only when a rule
// reports it, and a procedure's typed links are kept as columns, made into objects one at a time
// as they are gone through.
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { BodyLink, BodyLinks, BodyReference, BodyUrl, LinkKind } from './types.js';

/** A typed link's URL: `role:`, `step:`, `procedure:` or `legal:` and the target. */
const LINK = /^(role|step|procedure|legal):(.*)$/;
const KINDS: readonly LinkKind[] = ['role', 'step', 'procedure', 'legal'];

/** A procedure's typed links, from its body's links and images; `text` gives the one copy of a repeated text. */
export function typedLinks(file: VFile, references: readonly BodyReference[], text: (value: string) => string): BodyLinks {
  const typed = references.flatMap(({ url, image, restricted, from, to }) => {
    const match = image ? null : LINK.exec(url);
    return match ? [{ from, to, flags: KINDS.indexOf(match[1] as LinkKind) * 2 + (restricted ? 1 : 0), target: text(match[2]!) }] : [];
  });
  // Sized once: an array grown by `push` keeps room for more.
  const places = new Array<number>(typed.length * 3);
  for (const [i, { from, to, flags }] of typed.entries()) [places[i * 3], places[i * 3 + 1], places[i * 3 + 2]] = [from, to, flags];
  return new WrittenLinks(file, places, typed.map(({ target }) => target));
}

/** The body's other links and images, whose URLs a rule checks. */
export function bodyUrls(file: VFile, references: readonly BodyReference[]): BodyUrl[] {
  return references.flatMap(({ url, image, from, to }) => (LINK.test(url) ? [] : [new WrittenUrl(file, from, to, url, image)]));
}

/**
 * Three numbers a link (where it starts and ends in the file's text; its kind, twice its index
 * in KINDS, plus one when it is restricted) and its target. As one object each, with an array
 * of them, the links were 8.5 MB of the model of 5,000 procedures.
 */
class WrittenLinks implements BodyLinks {
  readonly #file: VFile;
  readonly #places: readonly number[];
  readonly #targets: readonly string[];

  constructor(file: VFile, places: readonly number[], targets: readonly string[]) {
    this.#file = file;
    this.#places = places;
    this.#targets = targets;
  }

  get length(): number {
    return this.#targets.length;
  }

  *[Symbol.iterator](): Iterator<BodyLink> {
    const places = this.#places;
    for (const [i, target] of this.#targets.entries()) {
      const flags = places[i * 3 + 2]!;
      yield new WrittenLink(this.#file, places[i * 3]!, places[i * 3 + 1]!, KINDS[flags >> 1]!, target, (flags & 1) === 1);
    }
  }

  unrestricted(): BodyLinks {
    const kept = this.#targets.flatMap((_, i) => ((this.#places[i * 3 + 2]! & 1) === 0 ? [i] : []));
    if (kept.length === this.length) return this;
    return new WrittenLinks(this.#file, kept.flatMap((i) => this.#places.slice(i * 3, i * 3 + 3)), kept.map((i) => this.#targets[i]!));
  }
}

/**
 * Where a link is written, kept as two offsets and turned into lines and columns only when a
 * rule reports it: their positions as objects were 11 MB of the model of 5,000 procedures.
 */
class WrittenAt {
  readonly #from: number;
  readonly #to: number;

  constructor(
    readonly file: VFile,
    from: number,
    to: number,
  ) {
    this.#from = from;
    this.#to = to;
  }

  get start(): Point {
    return location(this.file).toPoint(this.#from)!;
  }

  get end(): Point {
    return location(this.file).toPoint(this.#to)!;
  }
}

class WrittenLink extends WrittenAt implements BodyLink {
  constructor(file: VFile, from: number, to: number, readonly kind: LinkKind, readonly target: string, readonly restricted: boolean) {
    super(file, from, to);
  }
}

class WrittenUrl extends WrittenAt implements BodyUrl {
  constructor(file: VFile, from: number, to: number, readonly url: string, readonly image: boolean) {
    super(file, from, to);
  }
}
