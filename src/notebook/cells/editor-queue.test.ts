import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

describe('editor build queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('builds on-screen editors one per task, top first, before the ones below the fold; cancelled jobs never run', async () => {
    const { queueEditorBuild } = await import('./editor-queue');
    const ran: string[] = [];
    queueEditorBuild(() => ran.push('below-1'));
    queueEditorBuild(() => ran.push('top'), 'soon');
    const cancel = queueEditorBuild(() => ran.push('cancelled'), 'soon');
    queueEditorBuild(() => ran.push('second'), 'soon');
    cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['top']); // one per task
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ran).toEqual(['top', 'second', 'below-1']);
  });

  it('keeps below-the-fold builds away from the user’s last key press', async () => {
    const listeners: Record<string, () => void> = {};
    vi.stubGlobal('addEventListener', (type: string, fn: () => void) => (listeners[type] = fn));
    const { queueEditorBuild } = await import('./editor-queue');
    const ran: string[] = [];
    queueEditorBuild(() => ran.push('below'));
    listeners.keydown();
    await vi.advanceTimersByTimeAsync(300);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(ran).toEqual(['below']);
  });
});
