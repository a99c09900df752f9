/**
 * Retries a piece of work while the database cannot hand out a connection for now.
 *
 * Why: right after a start, or while another client keeps Neo4j busy, opening a Bolt connection
 * can take longer than the driver's acquisition timeout even though the server is up (it answered
 * `verifyConnectivity` a moment before). A start that gave up on the first such timeout would
 * exit, and under the supervisor be restarted into the same contention. Errors that a retry
 * cannot fix (a bad query, wrong credentials, invalid data) are thrown at once: what counts as
 * "no connection now" is isDatabaseDown.ts's decision, the same the API answers 503 for.
 */
import { isDatabaseDown } from "./isDatabaseDown.ts";

export interface RetryOptions {
  /** The whole budget, first attempt included. */
  readonly timeoutMs: number;
  /** The pause between attempts. */
  readonly pauseMs?: number;
  /** Told of each failed attempt that will be retried (for a progress line). */
  readonly onRetry?: (error: Error, attempt: number) => void;
}

export async function retryWhileUnreachable<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  const pauseMs = options.pauseMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const retry = error instanceof Error && isDatabaseDown(error) && Date.now() + pauseMs < deadline;
      if (!retry) throw error;
      options.onRetry?.(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
