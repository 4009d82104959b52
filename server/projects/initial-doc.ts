/**
 * The first state of a new project's document: the chosen template (projects/templates) written into
 * an empty project doc, with the title the team typed.
 */
import * as Y from 'yjs';
import { createProjectDoc, updateMeta } from '../../projects/schema';

export interface InitialDocInput {
  title: string;
  templateId: string | null;
  locale: 'zh-CN' | 'en';
  now: number;
}

/** Template ids the server accepts (projects/templates); the blank one always exists. */
export const TEMPLATE_IDS: readonly string[] = ['blank'];

export function initialProjectState(input: InitialDocInput): Uint8Array {
  const doc = createProjectDoc();
  updateMeta(doc, { title: input.title, templateId: input.templateId ?? 'blank', locale: input.locale, status: 'draft', createdAt: input.now });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
