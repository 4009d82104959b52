/**
 * The server's entry point as built (dist-server/main.js): refuses a Node.js too old for it with a plain
 * message and exit code 2, before any module that needs a newer Node is loaded (the server itself is a
 * separate chunk, imported only after the check), then starts server/main.ts.
 */
import { nodeVersionProblem } from './node-version';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(`Sprout Lab cannot start: ${problem}`);
  process.exit(2);
}
await import('./main');
