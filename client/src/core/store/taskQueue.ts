/**
 * Serialises the explorer's async actions. Each task starts only after the one before it has
 * ended, so two restores (or a restore and an expansion) never interleave their edits of the
 * graph; `replace` also aborts what is queued or running, so the newest restore wins.
 */
export type Task<T> = (signal: AbortSignal) => Promise<T>;

export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly running = new Set<AbortController>();
  private replacing: Promise<unknown> | null = null;

  /** Runs after everything queued before it; resolves undefined if it was aborted. */
  enqueue<T>(task: Task<T>): Promise<T | undefined> {
    const controller = new AbortController();
    this.running.add(controller);
    const run = this.tail.then(async () => {
      if (controller.signal.aborted) return undefined;
      try {
        return await task(controller.signal);
      } catch (error) {
        if (controller.signal.aborted) return undefined;
        throw error;
      } finally {
        this.running.delete(controller);
      }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Aborts every queued or running task, then runs this one. */
  replace<T>(task: Task<T>): Promise<T | undefined> {
    for (const controller of this.running) controller.abort();
    const run = this.enqueue(task);
    this.replacing = run;
    void run
      .finally(() => {
        if (this.replacing === run) this.replacing = null;
      })
      .catch(() => undefined);
    return run;
  }

  /** The replacing task still under way, if any: a retry joins it instead of starting another. */
  get pendingReplace(): Promise<unknown> | null {
    return this.replacing;
  }
}
