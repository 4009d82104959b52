/**
 * Text cells: rich text in a Y.XmlFragment (field `content`) bound to the TipTap editor. The node and
 * mark names are TipTap's (StarterKit + our math nodes), because y-tiptap maps ProseMirror nodes to
 * Y.XmlElements by name: paragraph, heading{level}, bulletList, orderedList, listItem, blockquote,
 * inlineMath{latex}, blockMath{latex}; marks bold, italic, code, link{href}.
 *
 * `RichBlock` is a small plain-data form of that content, used by templates, export and tests.
 */
import * as Y from 'yjs';
import { cellMapOfKind, insertCell, transact, type InsertOptions } from '../schema';

export type RichInline =
  | string
  | { text: string; bold?: boolean; italic?: boolean; code?: boolean; href?: string }
  | { math: string };

export type RichBlock =
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: RichInline[] | string }
  | { bullets: (RichInline[] | string)[] }
  | { numbered: (RichInline[] | string)[] }
  | { quote: RichInline[] | string }
  | { math: string };

function inlineToYNodes(inlines: RichInline[] | string): (Y.XmlText | Y.XmlElement)[] {
  const list = typeof inlines === 'string' ? [inlines] : inlines;
  const out: (Y.XmlText | Y.XmlElement)[] = [];
  // An unintegrated Y.XmlText reports length 0, so each run's delta is collected and applied once.
  let ops: { insert: string; attributes?: Record<string, unknown> }[] = [];
  const flush = () => {
    if (!ops.length) return;
    const text = new Y.XmlText();
    text.applyDelta(ops);
    out.push(text);
    ops = [];
  };
  for (const item of list) {
    if (typeof item === 'object' && 'math' in item) {
      flush();
      const el = new Y.XmlElement('inlineMath');
      el.setAttribute('latex', item.math);
      out.push(el);
    } else if (typeof item === 'string') {
      if (item) ops.push({ insert: item });
    } else {
      const attrs: Record<string, unknown> = {};
      if (item.bold) attrs.bold = {};
      if (item.italic) attrs.italic = {};
      if (item.code) attrs.code = {};
      if (item.href) attrs.link = { href: item.href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null };
      if (item.text) ops.push({ insert: item.text, attributes: attrs });
    }
  }
  flush();
  return out;
}

function paragraphOf(inlines: RichInline[] | string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, inlineToYNodes(inlines));
  return p;
}

export function blockToYElement(block: RichBlock): Y.XmlElement {
  if ('heading' in block) {
    const h = new Y.XmlElement('heading');
    h.setAttribute('level', block.heading as unknown as string); // y-tiptap stores attrs as given; level is a number
    h.insert(0, inlineToYNodes(block.text));
    return h;
  }
  if ('paragraph' in block) return paragraphOf(block.paragraph);
  if ('bullets' in block || 'numbered' in block) {
    const list = new Y.XmlElement('bullets' in block ? 'bulletList' : 'orderedList');
    const items = 'bullets' in block ? block.bullets : block.numbered;
    list.insert(
      0,
      items.map((it) => {
        const li = new Y.XmlElement('listItem');
        li.insert(0, [paragraphOf(it)]);
        return li;
      }),
    );
    return list;
  }
  if ('quote' in block) {
    const q = new Y.XmlElement('blockquote');
    q.insert(0, [paragraphOf(block.quote)]);
    return q;
  }
  const m = new Y.XmlElement('blockMath');
  m.setAttribute('latex', block.math);
  return m;
}

export function addTextCell(doc: Y.Doc, blocks: RichBlock[] = [], opts: InsertOptions = {}): string {
  return insertCell(
    doc,
    'text',
    (cell) => {
      const frag = new Y.XmlFragment();
      cell.set('content', frag);
      if (blocks.length) frag.insert(0, blocks.map(blockToYElement));
    },
    opts,
  );
}

/** The fragment the editor binds to. */
export function textFragment(doc: Y.Doc, cellId: string): Y.XmlFragment {
  const f = cellMapOfKind(doc, cellId, 'text').get('content');
  if (!(f instanceof Y.XmlFragment)) throw new Error(`text cell "${cellId}" has no content fragment`);
  return f;
}

/** Replace the whole content (used by tests and restore; the editor edits the fragment directly). */
export function setTextBlocks(doc: Y.Doc, cellId: string, blocks: RichBlock[]): void {
  const frag = textFragment(doc, cellId);
  transact(doc, () => {
    frag.delete(0, frag.length);
    frag.insert(0, blocks.map(blockToYElement));
  });
}

// ---------- reading the fragment as a plain tree (export, search, character counts) ----------

export interface RichTextRun {
  type: 'text';
  text: string;
  marks: { bold?: boolean; italic?: boolean; code?: boolean; href?: string };
}
export interface RichElement {
  type: string;
  attrs: Record<string, unknown>;
  children: RichNode[];
}
export type RichNode = RichTextRun | RichElement;

function readChildren(parent: Y.XmlFragment | Y.XmlElement): RichNode[] {
  const out: RichNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const d of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof d.insert !== 'string') continue;
        const a = d.attributes ?? {};
        const link = a.link as { href?: unknown } | undefined;
        out.push({
          type: 'text',
          text: d.insert,
          marks: {
            bold: 'bold' in a || undefined,
            italic: 'italic' in a || undefined,
            code: 'code' in a || undefined,
            href: link && typeof link.href === 'string' ? link.href : undefined,
          },
        });
      }
    } else if (child instanceof Y.XmlElement) {
      out.push({ type: child.nodeName, attrs: child.getAttributes() as Record<string, unknown>, children: readChildren(child) });
    }
  }
  return out;
}

export function readRichText(doc: Y.Doc, cellId: string): RichNode[] {
  return readChildren(textFragment(doc, cellId));
}

export function richPlainText(nodes: RichNode[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? (n as RichTextRun).text : richPlainText((n as RichElement).children) + (TEXT_BLOCKS.has(n.type) ? '\n' : '')))
    .join('');
}

/** Blocks that hold text directly: each ends a line in plain text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'blockMath']);

export function isBlock(type: string): boolean {
  return ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'blockMath', 'codeBlock', 'horizontalRule'].includes(type);
}

/** Number of characters in a text cell (for the bench and contribution counts). */
export function textLength(doc: Y.Doc, cellId: string): number {
  return richPlainText(readRichText(doc, cellId)).replace(/\n/g, '').length;
}
