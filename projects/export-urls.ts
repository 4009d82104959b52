/**
 * Which addresses an exported file (Markdown, HTML) may carry. A project document can hold anything a
 * Yjs client wrote, not only what the editor allows, so exports check again: links go to http(s),
 * mailto or a path on this server; images come from http(s), a server path or an inline raster image.
 * Everything else (`javascript:`, `vbscript:`, `data:text/html`, `file:`) is dropped: the link's text
 * stays, the image's alternative text stays.
 */

const LINK = /^(https?:|mailto:|\/(?!\/))/i;
const IMAGE = /^(https?:|\/(?!\/)|data:image\/(png|jpeg|gif|webp);base64,)/i;

/** Control characters and spaces (browsers skip some inside a scheme: `java\tscript:`). */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

function clean(address: string, allowed: RegExp): string | null {
  const s = address.trim();
  // refused outright: a scheme split by ignored characters, or an address with spaces in it
  if (CONTROL_OR_SPACE.test(s) || !allowed.test(s)) return null;
  return s;
}

/** The link address to write, or null to keep only the link's text. */
export function exportLinkHref(href: string): string | null {
  return clean(href, LINK);
}

/** The image source to write, or null to keep only the alternative text. */
export function exportImageSrc(src: string): string | null {
  return clean(src, IMAGE);
}
