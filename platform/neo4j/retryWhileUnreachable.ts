/**
 * Retries a piece of work while the database cannot hand out a connection for now.
 *
 * Why: right after a start, or while another client keeps Neo4j busy, opening a Bolt connection
 * can take longer than the driver's acquisition timeout even though the server is up (it answered
 * `verifyConnectivity` a moment before). A start that gave up on the first such timeout would
 * exit, and under the supervisor be restarted into the same contention. Errors that a retry
 * cannot fix (a bad query, wrong credentials, invalid data) are thrown at once.
 */

/** Messages and codes of the driver's "no connection now" errors: transient by nature. */
const UNREACHABLE =
  /connection acquisition timed out|ServiceUnavailable|SessionExpired|Failed to connect|ECONNREFUSED|ECONNRESET|Connection was closed/i;

export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return UNREACHABLE.test(error.message) || (typeof code === "string" && UNREACHABLE.test(code));
}

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
      if (!isConnectionFailure(error) || Date.now() + pauseMs >= deadline) throw error;
      options.onRetry?.(error as Error, attempt);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
