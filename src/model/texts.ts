// One copy of each text the model repeats. A procedure's data arrives as a copy of its own (a
// parse worker's answer and the parse cache's are structured clones), so a role id named by
// 6,000 steps was 6,000 strings, and a body link's target was a slice that kept its whole URL
// alive: at 1,000 procedures, 15 of the 25 MB of strings live while rendering were such copies.

export class SharedTexts {
  readonly #known = new Map<string, string>();
  readonly #lists = new Map<string, readonly unknown[]>();

  /** The one copy of `text`. */
  text(text: string): string {
    let known = this.#known.get(text);
    if (known === undefined) {
      // A slice of a longer text would keep all of it alive: the copy kept is a text of its own
      // (V8 copies slices shorter than 13 characters anyway).
      known = text.length > 12 ? Buffer.from(text).toString() : text;
      this.#known.set(known, known);
    }
    return known;
  }

  /**
   * The one copy of a list of texts or numbers: thousands of steps cite the same few legal bases.
   * It is frozen, since a change to it would change every list it stands for.
   */
  list<T extends string | number>(items: readonly T[]): T[] {
    const key = JSON.stringify(items);
    let known = this.#lists.get(key);
    if (known === undefined) this.#lists.set(key, (known = Object.freeze(items.map((item) => (typeof item === 'string' ? this.text(item) : item)))));
    return known as T[];
  }

  /** Plain data (JSON-like) with each string in it replaced by its one copy, in place. */
  data<T>(data: T): T {
    if (Array.isArray(data)) data.forEach((item, i) => (data[i] = this.#value(item)));
    else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) (data as Record<string, unknown>)[key] = this.#value(value);
    return data;
  }

  #value(value: unknown): unknown {
    return typeof value === 'string' ? this.text(value) : this.data(value);
  }
}
