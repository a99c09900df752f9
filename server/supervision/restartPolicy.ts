/**
 * When the supervisor starts the app again after it died: at once the first time (after a short
 * pause), then twice as long after each crash that follows quickly, up to a cap, so that an app
 * that crashes at every start does not spin the CPU (or fill the log) while an operator looks.
 * A run that lasted `stableMs` counts as healthy: the next crash starts the count afresh.
 */
export interface RestartPolicySettings {
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  readonly stableMs: number;
}

export const RESTART_POLICY: RestartPolicySettings = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  stableMs: 60_000,
};

export interface RestartPolicy {
  /** The pause before the next start, given how long the run that just ended lasted. */
  nextDelay(ranMs: number): number;
  /** Crashes in a row, the one just reported included. */
  readonly crashesInARow: number;
}

export function restartPolicy(settings: RestartPolicySettings = RESTART_POLICY): RestartPolicy {
  let crashesInARow = 0;
  return {
    get crashesInARow() {
      return crashesInARow;
    },
    nextDelay(ranMs) {
      crashesInARow = ranMs >= settings.stableMs ? 1 : crashesInARow + 1;
      return Math.min(settings.maxDelayMs, settings.firstDelayMs * 2 ** (crashesInARow - 1));
    },
  };
}
