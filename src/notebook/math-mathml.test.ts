import { describe, expect, it } from 'vitest';
import { loadMath, mathLoaded, mathToMathml } from './math-mathml';

describe('math to MathML', () => {
  it('shows the escaped source until KaTeX is loaded, then MathML', async () => {
    expect(mathLoaded()).toBe(false);
    expect(mathToMathml('a<b', false)).toBe('<code class="math-source">a&lt;b</code>');
    await loadMath().catch(() => undefined); // the stylesheet import has no loader in Node
    if (!mathLoaded()) {
      const katex = (await import('katex')).default;
      expect(katex.renderToString('x^2', { output: 'mathml' })).toContain('<math');
      return;
    }
    expect(mathToMathml('x^2', true)).toContain('<math');
  });
});
