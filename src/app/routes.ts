/**
 * Every top-level page. Pages are lazy chunks: heavy libraries (three, Blockly, TipTap, KaTeX) are
 * only imported by the pages that need them, so the first load stays small.
 */
import type { Component } from 'svelte';
import { namespaceOf } from '../i18n/namespaces';
import { prefetchNotebook } from '../notebook/prefetch';
import { prefetchLab } from '../labs/lab-prefetch';
import { findCard, simulationCards } from '../../simulations/cards';
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
  /** The i18n namespaces the page shows besides the shell's and its title's, fetched with its code (others come on first use). */
  namespaces?: (params: Record<string, string>) => readonly string[];
  /** Starts fetching the page's data when the app starts on this page, in parallel with its code (optional). */
  prefetch?: (params: Record<string, string>) => void;
}

/** Pages that take no route parameters simply ignore `params`; Svelte's types can't say "any props", hence the cast. */
const lazy = (load: () => Promise<{ default: unknown }>) => load as () => Promise<PageModule>;
const words = (...namespaces: string[]) => () => namespaces;

/** The shell's words (header, log-in state, footer, loading and offline notices): every page needs them. */
const SHELL_NAMESPACES = ['app', 'auth'];
/** The bench families' namespaces: their labs also show the workbench's own words (bench.json). */
const BENCH_FAMILIES = new Set(['circuits', 'optics', 'mechanics', 'wet']);

/** Where the simulations' titles are (the coding page's blocks name every simulation). */
const SIMULATION_NAMESPACES = [...new Set(simulationCards.map((c) => namespaceOf(c.titleKey)))];

/** A lab shows the lab frame's words and its simulation's (the namespace of its title), a bench preset the bench's too. */
function labNamespaces(id: string): string[] {
  const card = findCard(id);
  if (!card) return ['labs'];
  const own = namespaceOf(card.titleKey);
  return BENCH_FAMILIES.has(own) ? ['labs', own, 'bench'] : ['labs', own];
}

/** Every namespace a page needs before it is shown: the shell's, its title's and its own. */
export function pageNamespaces(page: Page, params: Record<string, string>): string[] {
  return [...new Set([...SHELL_NAMESPACES, namespaceOf(page.titleKey), ...(page.namespaces?.(params) ?? [])])];
}

export const routes: RouteDef<Page>[] = [
  { pattern: '/', page: { titleKey: 'app.home.title', section: 'home', namespaces: words('review', 'classroom'), load: lazy(() => import('./HomePage.svelte')) } },
  { pattern: '/labs', page: { titleKey: 'app.nav.labs', section: 'labs', namespaces: words('catalog', 'labs'), load: lazy(() => import('../labs/LabsPage.svelte')) } },
  { pattern: '/labs/:id', page: { titleKey: 'app.nav.labs', section: 'labs', namespaces: (p) => labNamespaces(p.id), load: lazy(() => import('../labs/LabPage.svelte')), prefetch: (p) => prefetchLab(p.id) } },
  { pattern: '/projects', page: { titleKey: 'app.nav.projects', section: 'projects', namespaces: words('notebook', 'review'), load: lazy(() => import('../notebook/ProjectsPage.svelte')) } },
  {
    pattern: '/projects/:id',
    page: { titleKey: 'app.nav.projects', section: 'projects', namespaces: words('notebook', 'review'), load: lazy(() => import('../notebook/ProjectPage.svelte')), prefetch: (p) => prefetchNotebook(p.id) },
  },
  { pattern: '/coding', page: { titleKey: 'app.nav.coding', section: 'coding', namespaces: () => ['coding', 'labs', ...SIMULATION_NAMESPACES], load: lazy(() => import('../coding/CodingPage.svelte')) } },
  { pattern: '/reviews', page: { titleKey: 'app.nav.reviews', section: 'reviews', namespaces: words('review'), load: lazy(() => import('../review/ReviewsPage.svelte')) } },
  { pattern: '/reviews/:submissionId', page: { titleKey: 'app.nav.reviews', section: 'reviews', namespaces: words('review', 'notebook'), load: lazy(() => import('../review/SubmissionPage.svelte')) } },
  { pattern: '/portfolio', page: { titleKey: 'review.portfolio.link', section: 'reviews', namespaces: words('review', 'people'), load: lazy(() => import('../review/PortfolioPage.svelte')) } },
  { pattern: '/portfolio/:studentId', page: { titleKey: 'review.portfolio.link', section: 'reviews', namespaces: words('review', 'people'), load: lazy(() => import('../review/PortfolioPage.svelte')) } },
  { pattern: '/evaluation', page: { titleKey: 'evaluation.list.title', section: 'evaluation', namespaces: words('evaluation', 'review', 'people'), load: lazy(() => import('../evaluation/EvaluationListPage.svelte')) } },
  { pattern: '/evaluation/:classId', page: { titleKey: 'evaluation.gradebook.pageTitle', section: 'evaluation', namespaces: words('evaluation', 'review'), load: lazy(() => import('../evaluation/GradebookPage.svelte')) } },
  {
    pattern: '/evaluation/:classId/students/:studentId',
    page: { titleKey: 'evaluation.student.pageTitle', section: 'evaluation', namespaces: words('evaluation', 'review'), load: lazy(() => import('../evaluation/StudentEvaluationPage.svelte')) },
  },
  { pattern: '/join', page: { titleKey: 'people.join.title', section: 'account', namespaces: words('people', 'classroom'), load: lazy(() => import('./JoinPage.svelte')) } },
  { pattern: '/classes', page: { titleKey: 'people.classes.title', section: 'classes', namespaces: words('people', 'invite', 'classroom'), load: lazy(() => import('./ClassesPage.svelte')) } },
  { pattern: '/classes/rubric', page: { titleKey: 'people.rubric.title', section: 'classes', namespaces: words('people', 'review'), load: lazy(() => import('../classes/RubricPage.svelte')) } },
  { pattern: '/classes/:id/slips', page: { titleKey: 'classroom.slips.pageTitle', section: 'classes', namespaces: words('classroom', 'people'), load: lazy(() => import('../classroom/ClassSlipsPage.svelte')) } },
  { pattern: '/classes/:id/assignments', page: { titleKey: 'classroom.assign.pageTitle', section: 'classes', namespaces: words('classroom', 'people'), load: lazy(() => import('../classroom/ClassAssignmentsPage.svelte')) } },
  { pattern: '/assignments/:id', page: { titleKey: 'classroom.assignment.pageTitle', section: 'home', namespaces: words('classroom', 'people', 'labs'), load: lazy(() => import('../classroom/AssignmentPage.svelte')) } },
  { pattern: '/inbox', page: { titleKey: 'classroom.inbox.title', section: 'account', namespaces: words('classroom', 'inbox'), load: lazy(() => import('../classroom/InboxPage.svelte')) } },
  { pattern: '/account', page: { titleKey: 'classroom.account.title', section: 'account', namespaces: words('classroom', 'people'), load: lazy(() => import('../classroom/AccountPage.svelte')) } },
  { pattern: '/school', page: { titleKey: 'classroom.school.title', section: 'school', namespaces: words('classroom', 'people', 'invite', 'evaluation'), load: lazy(() => import('../classroom/SchoolPage.svelte')) } },
  { pattern: '/invite/:token', page: { titleKey: 'invite.pageTitle', section: 'account', namespaces: words('invite', 'people'), load: lazy(() => import('../classroom/InvitePage.svelte')) } },
  { pattern: '/login', page: { titleKey: 'auth.login.title', section: 'account', namespaces: words('auth', 'people'), load: lazy(() => import('./LoginPage.svelte')) } },
];

export const notFoundPage: Page = { titleKey: 'app.notFound.title', section: 'none', load: lazy(() => import('./NotFoundPage.svelte')) };
