import { describe, expect, it } from 'vitest';
import { matchRoute } from './route-match';

const routes = [
  { pattern: '/', page: 'home' },
  { pattern: '/labs', page: 'labs' },
  { pattern: '/labs/:id', page: 'lab' },
];

describe('matchRoute', () => {
  it('matches static and parameter routes, ignoring a trailing slash', () => {
    expect(matchRoute(routes, '/')?.route.page).toBe('home');
    expect(matchRoute(routes, '/labs/')?.route.page).toBe('labs');
    expect(matchRoute(routes, '/labs/pendulum')).toMatchObject({ route: { page: 'lab' }, params: { id: 'pendulum' } });
  });
  it('returns undefined for unknown paths and bad escapes', () => {
    expect(matchRoute(routes, '/nope')).toBeUndefined();
    expect(matchRoute(routes, '/labs/%E0%A4%A')).toBeUndefined();
  });
});
