/**
 * A project follows its creator's language; one that nobody has written in yet can still be switched
 * to the template's other language as a whole (projects/templates/language.ts), e.g. a demo project
 * seeded in Chinese that an English-speaking team starts. Lives with the review routes because it
 * edits the live document the same way (through the sync service, so open notebooks see it at once).
 *
 *   POST /api/projects/:id/template-language {locale: zh-CN|en}   the team's students
 */
import { TemplateLanguageBody, type TemplateLanguageSwitched } from '../../projects/contracts/projects';
import { readMeta } from '../../projects/schema';
import { switchTemplateLanguage, untouchedTemplate } from '../../projects/templates/language';
import { refuse } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { ReviewDeps } from './review-deps';

export function templateLanguageRoutes(router: Router, deps: ReviewDeps): void {
  const { store, auth, access } = deps;

  router.post('/api/projects/:id/template-language', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { project } = await access.project(params.id, user, 'project.write');
    const body = await readBodyAs(req, TemplateLanguageBody);
    let result: { switched: boolean; untouched: boolean; title: string; locale: string } = { switched: false, untouched: false, title: project.title, locale: '' };
    await deps.live.edit(project.id, (doc) => {
      const untouched = untouchedTemplate(doc);
      const switched = untouched ? switchTemplateLanguage(doc, body.locale) : false;
      const meta = readMeta(doc);
      result = { switched, untouched: !!untouched, title: meta.title, locale: meta.locale };
    });
    if (!result.untouched) throw refuse(409, 'project_written', 'project_written');
    if (result.title !== project.title) await store.projects.setTitle(project.id, result.title);
    sendJson(res, 200, { switched: result.switched, locale: result.locale, title: result.title } satisfies TemplateLanguageSwitched);
  });
}
