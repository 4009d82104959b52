/**
 * The demo school's sample projects: which template, and their titles in each language (a demo school
 * seeded in English has English projects; see server/demo-school.ts).
 */
import type { TemplateLocale } from './template';

export const SAMPLE_PROJECTS: readonly { templateId: string; title: Record<TemplateLocale, string> }[] = [
  { templateId: 'pendulum', title: { 'zh-CN': '单摆的周期与摆长的关系', en: 'How the period of a pendulum depends on its length' } },
  { templateId: 'projectile', title: { 'zh-CN': '抛体的射程与抛射角', en: 'Projectile range and launch angle' } },
  { templateId: 'titration', title: { 'zh-CN': '食醋中醋酸含量的滴定', en: 'Titrating the acetic acid in vinegar' } },
];
