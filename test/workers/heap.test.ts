// settle() collects a render's garbage once the heap has grown past what the last collection kept;
// collectYoung() frees the native buffers short-lived objects held.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectYoung, settle } from '../../src/workers/heap.js';

const used = () => getHeapStatistics().used_heap_size;

describe('settle', () => {
  it('collects the garbage a page leaves in the old generation', () => {
    settle();
    // About 80 MB of nodes held long enough to be promoted, then let go, as a page's tree is
    // once the page is written.
    let page: Array<{ type: string; value: number[] }> | undefined = [];
    for (let i = 0; i < 10_000; i++) page.push({ type: 'text', value: new Array<number>(1000).fill(i + 0.5) });
    expect(page).toHaveLength(10_000);
    page = undefined;
    const before = used();
    settle();
    expect(used()).toBeLessThan(before - 20_000_000);
  });

  it('collects once the garbage reaches 48 MB, however much the last collection kept', () => {
    // A large corpus's model: 160 MB live, which alone would let 96 MB of garbage wait.
    const model = Array.from({ length: 20_000 }, (_, i) => new Array<number>(1000).fill(i + 0.5));
    settle();
    let page: number[][] | undefined = Array.from({ length: 8_000 }, (_, i) => new Array<number>(1000).fill(i + 0.25));
    expect(page).toHaveLength(8_000);
    page = undefined;
    const before = used();
    settle();
    expect(used()).toBeLessThan(before - 40_000_000);
    expect(model).toHaveLength(20_000);
  });

  it('does not collect while the heap has not grown', () => {
    settle();
    const kept = used();
    const garbage = Array.from({ length: 1000 }, (_, i) => ({ i }));
    expect(garbage).toHaveLength(1000);
    settle();
    // Nothing was collected: the small garbage is still counted.
    expect(used()).toBeGreaterThanOrEqual(kept);
  });
});

describe('collectYoung', () => {
  it('frees the buffers of objects that died young', async () => {
    collectYoung();
    const before = process.memoryUsage().arrayBuffers;
    // As zlib leaves them: a few small objects, each holding a buffer of 16 KB.
    for (let i = 0; i < 1000; i++) expect(Buffer.allocUnsafeSlow(16_384).length).toBe(16_384);
    expect(process.memoryUsage().arrayBuffers).toBeGreaterThan(before + 15_000_000);
    collectYoung();
    // Freed by V8's sweeper on another thread, soon after the collection.
    for (let wait = 0; wait < 20 && process.memoryUsage().arrayBuffers > before + 1_000_000; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(process.memoryUsage().arrayBuffers).toBeLessThan(before + 1_000_000);
  });
});
