/**
 * A Vitest reporter that lists the tests which passed only on a retry (vitest.config.ts retries the suites
 * that share two cores with Chromium and the servers), so `npm test` names them instead of hiding them.
 * Writes a JSON array of lines to SPROUT_FLAKY_REPORT; test/run-all.ts prints it.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

export default class FlakyReporter implements Reporter {
  private readonly flaky: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const d = test.diagnostic();
    if (d?.flaky) {
      this.flaky.push(`[${test.project.name}] ${relative(process.cwd(), test.module.moduleId)} > ${test.fullName} (passed after ${d.retryCount} ${d.retryCount === 1 ? 'retry' : 'retries'})`);
    }
  }

  onTestRunEnd(): void {
    const out = process.env.SPROUT_FLAKY_REPORT;
    if (out) writeFileSync(out, JSON.stringify(this.flaky));
  }
}
