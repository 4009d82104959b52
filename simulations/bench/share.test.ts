import { describe, expect, it } from 'vitest';
import { decodeSetup, encodeSetup, qrSvg, readSetupFile, setupFileText, setupFromFragment, setupLink } from './share';
import { toyCatalog, toySetup } from './toy-bench.test-fixture';

function bigSetup() {
  const s = toySetup();
  for (let i = 2; i < 60; i++) s.parts.push({ id: `R${i}`, kind: 'resistor', xM: (i % 10) / 10, yM: Math.floor(i / 10) / 10, rotDeg: 0, props: { resistanceOhm: 10 * i, pressed: false } });
  return s;
}

describe('sharing a setup', () => {
  it('round-trips through the URL fragment, compressed', async () => {
    const s = bigSetup();
    const link = await setupLink('https://lab.example/labs/circuit-ohms-law?x=1#old', s);
    expect(link.startsWith('https://lab.example/labs/circuit-ohms-law?x=1#setup=')).toBe(true);
    const encoded = setupFromFragment(new URL(link).hash)!;
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    // Deflate makes a 60-part setup several times smaller than its JSON.
    expect(encoded.length).toBeLessThan(JSON.stringify(s).length / 3);
    const back = await decodeSetup(encoded, toyCatalog);
    expect(back).toEqual({ ok: true, setup: s });
  });

  it('reports a damaged or hostile link instead of throwing', async () => {
    const encoded = await encodeSetup(toySetup());
    expect((await decodeSetup(encoded.slice(0, 10), toyCatalog)).ok).toBe(false);
    expect((await decodeSetup('not base64!', toyCatalog)).ok).toBe(false);
    // A link that inflates past the limit (a megabyte of spaces) is refused before it is parsed.
    const titled = await encodeSetup({ ...toySetup(), title: 'x' } as never);
    expect((await decodeSetup(titled, toyCatalog)).ok).toBe(true);
    const spaces = new TextEncoder().encode(' '.repeat(1_000_000));
    const cs = new Blob([spaces]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(cs).arrayBuffer());
    const huge = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const r = await decodeSetup(huge, toyCatalog);
    expect(!r.ok && r.errors[0].message).toContain('larger than');
  });

  it('writes a file and reads it back, naming the field of a bad one', () => {
    const text = setupFileText(toySetup());
    expect(readSetupFile(text, toyCatalog)).toEqual({ ok: true, setup: toySetup() });
    const bad = JSON.parse(text);
    bad.links[1].to.terminal = 'x';
    const r = readSetupFile(JSON.stringify(bad), toyCatalog);
    expect(!r.ok && r.errors[0].field).toBe('links[1].to.terminal');
  });

  it('draws a QR code of the link as SVG, and refuses one too long for a projector', async () => {
    const link = await setupLink('https://lab.example/labs/circuit-ohms-law', toySetup());
    const svg = await qrSvg(link);
    expect(svg.startsWith('<svg')).toBe(true);
    // Dark modules are drawn as path data or rects: a real code has hundreds of them.
    expect(svg.length).toBeGreaterThan(2000);
    await expect(qrSvg('x'.repeat(3000))).rejects.toThrow(/at most 2000/);
  });
});
