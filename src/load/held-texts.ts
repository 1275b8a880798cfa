// How the corpus's texts are kept in memory. A build holds every file's text from the read until
// its pages are made, to parse it, hash it and render what it checked; V8 keeps a text with one
// dash or curly quote at two bytes a character, and every generated or real procedure has one.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { VFile } from 'vfile';
import { collectYoung } from '../workers/heap.js';

/**
 * Each held file's UTF-8 bytes, one character a byte: a string in V8's heap, not a Buffer, since
 * a collection gives a freed string's memory back and the allocator keeps a freed Buffer's. Held
 * as the read Buffers, the 5,000 procedures' texts left 30 MB the build never got back.
 */
const heldBytes = new WeakMap<VFile, string>();

/** What reads each held file's text: its bytes, then its packed copy. */
const readers = new WeakMap<VFile, () => string>();

/**
 * A file read from the corpus, whose `value` reads its text through what holds it. The accessor
 * is the class's: defined on each file with `Object.defineProperty`, it made every file a
 * dictionary (the live heap after loading 5,000 procedures 89.2 → 86.6 MB).
 */
export class HeldFile extends VFile {}
Object.defineProperty(HeldFile.prototype, 'value', {
  get(this: HeldFile) {
    return readers.get(this)?.();
  },
  // Set (an editor's fix, a text that is not UTF-8 decoded), the file holds a plain text of its own.
  set(this: HeldFile, value: VFile['value']) {
    heldBytes.delete(this);
    readers.delete(this);
    Object.defineProperty(this, 'value', { value, writable: true, enumerable: true, configurable: true });
  },
  // As an own value would be: `new VFile(file)` copies what `for...in` finds.
  enumerable: true,
  configurable: true,
});

/** Gives `file` the text of `bytes` (valid UTF-8), held as bytes and decoded when it is read. */
export function holdText(file: HeldFile, bytes: Buffer): void {
  const binary = bytes.toString('latin1');
  readers.set(file, () => decodeBinary(binary));
  heldBytes.set(file, binary);
}

/**
 * A file's text as its UTF-8 bytes, one character a byte: held text as it is, any other text
 * encoded. What a parse worker is sent, and what a hash takes, so that the same text hashes the
 * same however it is held.
 */
export const textBinary = (file: VFile): string => heldBytes.get(file) ?? Buffer.from(String(file.value ?? '')).toString('latin1');

/**
 * A text from its UTF-8 bytes, one character a byte. Through one buffer kept for it: a Buffer
 * each time is native memory that only a collection frees, 5,000 of them at once in a check.
 */
export function decodeBinary(binary: string): string {
  return bytesOf(binary).toString('utf8');
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/** The bytes of a binary string, in the scratch buffer: valid until the next call. */
function bytesOf(binary: string): Buffer {
  if (scratch.length < binary.length) scratch = Buffer.allocUnsafe(Math.max(binary.length, scratch.length * 2));
  return scratch.subarray(0, scratch.write(binary, 'latin1'));
}

/**
 * Keeps the texts held as their bytes deflated, each inflated when it is read: once checked, a
 * text is read again only for its page. 1,000 procedures' 6.8 MB of Markdown are 2 MB.
 */
export function packTexts(files: Iterable<VFile>): void {
  let packed = 0;
  for (const file of files) {
    packText(file);
    // Each deflate leaves buffers that only a collection frees, and makes too few objects to
    // start one: packing 1,000 texts grew the build's malloc heap by 23 MB, which the allocator
    // kept to the end; with a young collection every 64 files (a millisecond or two each), 2 MB.
    if (++packed % 64 === 0) collectYoung();
  }
}

function packText(file: VFile): void {
  const binary = heldBytes.get(file);
  // A text held as its bytes is packed from them; one packed already, or given (an editor's
  // copy), stays as it is.
  if (binary === undefined) return;
  // Copied into memory of its own: zlib returns a small output as a view of its 16 KB work
  // buffer, and Buffer.from copies a small one into a slab of Node's shared 8 KB pool, which the
  // text then keeps alive with whatever else was cut from it (halfway through a build of 5,000
  // procedures, 19.6 → 17.8 MB of array buffers).
  const deflated = deflateRawSync(bytesOf(binary), { level: 1 });
  const packed = Buffer.allocUnsafeSlow(deflated.length);
  deflated.copy(packed);
  heldBytes.delete(file);
  readers.set(file, () => inflateRawSync(packed).toString('utf8'));
}
