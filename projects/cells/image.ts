/**
 * Image cells: a picture uploaded to the server (the document stores only its URL and size, never
 * the bytes), with alt text and a caption.
 */
import type * as Y from 'yjs';
import { cellMapOfKind, insertCell, ProjectSchemaError, transact, type InsertOptions } from '../schema';

/**
 * The default upload limit (the server's MAX_IMAGE_BYTES may set another; it tells the editor with
 * the project, and the editor checks against that before sending) and the accepted types (the server
 * also checks each file's first bytes). No SVG: it can carry script.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** The default total of a project's images (the server's PROJECT_IMAGE_QUOTA_BYTES may set another). */
export const PROJECT_IMAGE_QUOTA_BYTES = 100 * 1024 * 1024;
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface ImageData {
  src: string;
  alt: string;
  caption: string;
  bytes: number;
  mimeType: string;
}

/** Why an image of `size` bytes is too big, in the words both the editor and the server use; null if it fits. */
export function imageTooBig(size: number, maxBytes = MAX_IMAGE_BYTES): string | null {
  return size > maxBytes ? `image is ${(size / 1048576).toFixed(1)} MB; at most ${Number((maxBytes / 1048576).toFixed(1))} MB is allowed` : null;
}

export function checkImageUpload(file: { size: number; type: string }, maxBytes = MAX_IMAGE_BYTES): void {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
    throw new ProjectSchemaError(`image type must be one of ${IMAGE_TYPES.join(', ')}; got "${file.type || 'unknown'}"`);
  }
  const tooBig = imageTooBig(file.size, maxBytes);
  if (tooBig) throw new ProjectSchemaError(tooBig);
}

export function addImageCell(doc: Y.Doc, img: ImageData, opts: InsertOptions = {}): string {
  if (!/^(\/|https?:\/\/|data:image\/)/.test(img.src)) throw new ProjectSchemaError(`image src must be a server path or http(s) URL; got "${img.src.slice(0, 40)}"`);
  return insertCell(
    doc,
    'image',
    (cell) => {
      cell.set('src', img.src);
      cell.set('alt', img.alt);
      cell.set('caption', img.caption);
      cell.set('bytes', img.bytes);
      cell.set('mimeType', img.mimeType);
    },
    opts,
  );
}

export function readImage(doc: Y.Doc, cellId: string): ImageData {
  const c = cellMapOfKind(doc, cellId, 'image');
  return {
    src: String(c.get('src') ?? ''),
    alt: String(c.get('alt') ?? ''),
    caption: String(c.get('caption') ?? ''),
    bytes: Number(c.get('bytes') ?? 0),
    mimeType: String(c.get('mimeType') ?? ''),
  };
}

export function updateImage(doc: Y.Doc, cellId: string, patch: Partial<Pick<ImageData, 'alt' | 'caption'>>): void {
  const c = cellMapOfKind(doc, cellId, 'image');
  transact(doc, () => {
    if (patch.alt !== undefined) c.set('alt', patch.alt);
    if (patch.caption !== undefined) c.set('caption', patch.caption);
  });
}
