/** ImageCache: least recently used out first, never more than maxBytes, no single image over a quarter of it. */
import { describe, expect, it } from 'vitest';
import { ImageCache } from './image-cache';

const img = (bytes: number) => ({ data: new Uint8Array(bytes) });

describe('ImageCache', () => {
  it('keeps at most maxBytes, dropping the least recently used first', () => {
    const c = new ImageCache(1000);
    c.set('a', img(200));
    c.set('b', img(200));
    c.set('c', img(200));
    c.set('d', img(200));
    expect(c.get('a')).toBeDefined(); // a is now the most recently used
    c.set('e', img(250)); // 1050 > 1000: the least recently used (b) goes
    expect(c.size).toEqual({ entries: 4, bytes: 850 });
    expect(c.get('b')).toBeUndefined();
    for (const k of ['a', 'c', 'd', 'e']) expect(c.get(k)).toBeDefined();
  });

  it('does not keep an image larger than a quarter of it (it would push everything else out)', () => {
    const c = new ImageCache(1000);
    c.set('small', img(100));
    c.set('huge', img(251));
    expect(c.get('huge')).toBeUndefined();
    expect(c.size).toEqual({ entries: 1, bytes: 100 });
  });

  it('setting a key again replaces its bytes in the count', () => {
    const c = new ImageCache(1000);
    c.set('a', img(200));
    c.set('a', img(100));
    expect(c.size).toEqual({ entries: 1, bytes: 100 });
  });
});
