/**
 * Every top-level page. Pages are lazy chunks: heavy libraries (three, Blockly, TipTap, KaTeX) are
 * only imported by the pages that need them, so the first load stays small.
 */
import type { Component } from 'svelte';
import { prefetchNotebook } from '../notebook/prefetch';
import type { RouteDef } from './route-match';

export interface PageModule {
  default: Component<{ params: Record<string, string> }>;
}

export interface Page {
  /** i18n key of the document title. */
  titleKey: string;
  /** Which nav item is highlighted. */
  section: 'home' | 'labs' | 'projects' | 'coding' | 'reviews' | 'classes' | 'evaluation' | 'account' | 'school' | 'none';
  load: () => Promise<PageModule>;
  /** Starts fetching the page's data when the app starts on this page, in parallel with its code (optional). */
  prefetch?: (params: Record<string, string>) => void;
}

/** Pages that take no route parameters simply ignore `params`; Svelte's types can't say "any props", hence the cast. */
const lazy = (load: () => Promise<{ default: unknown }>) => load as () => Promise<PageModule>;

export const routes: RouteDef<Page>[] = [
  { pattern: '/', page: { titleKey: 'app.home.title', section: 'home', load: lazy(() => import('./HomePage.svelte')) } },
  { pattern: '/labs', page: { titleKey: 'app.nav.labs', section: 'labs', load: lazy(() => import('../labs/LabsPage.svelte')) } },
  { pattern: '/labs/:id', page: { titleKey: 'app.nav.labs', section: 'labs', load: lazy(() => import('../labs/LabPage.svelte')) } },
  { pattern: '/projects', page: { titleKey: 'app.nav.projects', section: 'projects', load: lazy(() => import('../notebook/ProjectsPage.svelte')) } },
  {
    pattern: '/projects/:id',
    page: { titleKey: 'app.nav.projects', section: 'projects', load: lazy(() => import('../notebook/ProjectPage.svelte')), prefetch: (p) => prefetchNotebook(p.id) },
  },
  { pattern: '/coding', page: { titleKey: 'app.nav.coding', section: 'coding', load: lazy(() => import('../coding/CodingPage.svelte')) } },
  { pattern: '/reviews', page: { titleKey: 'app.nav.reviews', section: 'reviews', load: lazy(() => import('../review/ReviewsPage.svelte')) } },
  { pattern: '/reviews/:submissionId', page: { titleKey: 'app.nav.reviews', section: 'reviews', load: lazy(() => import('../review/SubmissionPage.svelte')) } },
  { pattern: '/portfolio', page: { titleKey: 'review.portfolio.link', section: 'reviews', load: lazy(() => import('../review/PortfolioPage.svelte')) } },
  { pattern: '/portfolio/:studentId', page: { titleKey: 'review.portfolio.link', section: 'reviews', load: lazy(() => import('../review/PortfolioPage.svelte')) } },
  { pattern: '/evaluation', page: { titleKey: 'evaluation.list.title', section: 'evaluation', load: lazy(() => import('../evaluation/EvaluationListPage.svelte')) } },
  { pattern: '/evaluation/:classId', page: { titleKey: 'evaluation.gradebook.pageTitle', section: 'evaluation', load: lazy(() => import('../evaluation/GradebookPage.svelte')) } },
  {
    pattern: '/evaluation/:classId/students/:studentId',
    page: { titleKey: 'evaluation.student.pageTitle', section: 'evaluation', load: lazy(() => import('../evaluation/StudentEvaluationPage.svelte')) },
  },
  { pattern: '/join', page: { titleKey: 'people.join.title', section: 'account', load: lazy(() => import('./JoinPage.svelte')) } },
  { pattern: '/classes', page: { titleKey: 'people.classes.title', section: 'classes', load: lazy(() => import('./ClassesPage.svelte')) } },
  { pattern: '/classes/rubric', page: { titleKey: 'people.rubric.title', section: 'classes', load: lazy(() => import('../classes/RubricPage.svelte')) } },
  { pattern: '/classes/:id/slips', page: { titleKey: 'classroom.slips.pageTitle', section: 'classes', load: lazy(() => import('../classroom/ClassSlipsPage.svelte')) } },
  { pattern: '/classes/:id/assignments', page: { titleKey: 'classroom.assign.pageTitle', section: 'classes', load: lazy(() => import('../classroom/ClassAssignmentsPage.svelte')) } },
  { pattern: '/assignments/:id', page: { titleKey: 'classroom.assignment.pageTitle', section: 'home', load: lazy(() => import('../classroom/AssignmentPage.svelte')) } },
  { pattern: '/inbox', page: { titleKey: 'classroom.inbox.title', section: 'account', load: lazy(() => import('../classroom/InboxPage.svelte')) } },
  { pattern: '/account', page: { titleKey: 'classroom.account.title', section: 'account', load: lazy(() => import('../classroom/AccountPage.svelte')) } },
  { pattern: '/school', page: { titleKey: 'classroom.school.title', section: 'school', load: lazy(() => import('../classroom/SchoolPage.svelte')) } },
  { pattern: '/invite/:token', page: { titleKey: 'invite.pageTitle', section: 'account', load: lazy(() => import('../classroom/InvitePage.svelte')) } },
  { pattern: '/login', page: { titleKey: 'auth.login.title', section: 'account', load: lazy(() => import('./LoginPage.svelte')) } },
];

export const notFoundPage: Page = { titleKey: 'app.notFound.title', section: 'none', load: lazy(() => import('./NotFoundPage.svelte')) };
