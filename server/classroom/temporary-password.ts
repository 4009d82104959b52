/**
 * Passwords the server makes up for someone else (a new teacher, an imported student, a reset): printed
 * on a log-in slip or read out, so two short words and three digits a child can type (`panda-river-482`),
 * from 64 words: 64 × 64 × 900 ≈ 3.7 million, with log-in throttling (server/auth/login-throttle.ts) in
 * front and the owner asked to choose their own at the first log-in (`mustChangePassword`).
 */
import { randomInt } from 'node:crypto';
import { passwordProblem } from '../auth/password-policy';

const WORDS = [
  'maple', 'river', 'comet', 'panda', 'cedar', 'lotus', 'amber', 'delta', 'tiger', 'orbit', 'pearl', 'quartz', 'solar', 'tulip', 'willow', 'zephyr',
  'acorn', 'bamboo', 'canyon', 'dolphin', 'ember', 'falcon', 'glacier', 'harbor', 'island', 'jade', 'koala', 'lemon', 'meadow', 'nectar', 'ocean', 'pepper',
  'quill', 'robin', 'spruce', 'thunder', 'umber', 'violet', 'walnut', 'yarrow', 'zebra', 'aspen', 'breeze', 'cobalt', 'dune', 'eagle', 'fern', 'garnet',
  'hazel', 'iris', 'juniper', 'kiwi', 'lark', 'magnet', 'nova', 'otter', 'prism', 'quasar', 'rocket', 'sparrow', 'topaz', 'unicorn', 'vapor', 'wombat',
];

export function temporaryPassword(username = ''): string {
  for (;;) {
    const p = `${WORDS[randomInt(WORDS.length)]}-${WORDS[randomInt(WORDS.length)]}-${randomInt(100, 1000)}`;
    if (!passwordProblem(p, username)) return p;
  }
}
