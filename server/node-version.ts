/**
 * The oldest Node.js the server runs on: 22.12 (Node 20 reached end of life on 2026-04-30 and gets no
 * security fixes; katex's dependency asks for 22.12; package.json `engines` says the same). Node 24 LTS is
 * what CI runs (.ci/run installs it where the machine's Node is older).
 */
export const MIN_NODE = { major: 22, minor: 12 } as const;

/** Why this Node version cannot run the server, or undefined when it can. `version` as in process.versions.node. */
export function nodeVersionProblem(version: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) return `cannot read the Node.js version '${version}'; Sprout Lab needs Node.js ${MIN_NODE.major}.${MIN_NODE.minor} or newer`;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major > MIN_NODE.major || (major === MIN_NODE.major && minor >= MIN_NODE.minor)) return undefined;
  return (
    `this is Node.js ${m[0].replace(/^v/, '')}; Sprout Lab needs Node.js ${MIN_NODE.major}.${MIN_NODE.minor} or newer (Node.js 24 LTS recommended: ` +
    'https://nodejs.org/en/download). Node.js 20 and older get no security fixes.'
  );
}
