/**
 * The first state of a new project's document: the chosen research template (projects/templates)
 * written into an empty project doc, with the title the team typed.
 */
import * as Y from 'yjs';
import { createProjectDoc, updateMeta } from '../../projects/schema';
import { applyTemplate, templates } from '../../projects/templates/index';

export interface InitialDocInput {
  title: string;
  /** null: an empty project (meta only, no cells). */
  templateId: string | null;
  locale: 'zh-CN' | 'en';
  now: number;
  createdBy?: number;
}

export function initialProjectState(input: InitialDocInput): Uint8Array {
  const doc = createProjectDoc();
  if (input.templateId === null) {
    updateMeta(doc, { title: input.title, templateId: '', locale: input.locale, status: 'draft', createdAt: input.now });
  } else {
    applyTemplate(doc, input.templateId, input.locale, { title: input.title, createdBy: input.createdBy === undefined ? '' : String(input.createdBy), now: input.now });
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
