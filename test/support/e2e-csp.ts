/**
 * Set up for every browser test file (vitest.config.ts): a test fails when the server's
 * Content-Security-Policy blocked anything while it ran (a script, a style, an image, a connection, an
 * eval), so every page the browser suite visits is shown to work under the policy.
 */
import { afterEach } from 'vitest';
import { takeCspViolations } from './browser';

afterEach(() => {
  const blocked = takeCspViolations();
  if (blocked.length) throw new Error(`the Content-Security-Policy blocked ${blocked.length} thing(s):\n${blocked.join('\n')}`);
});
