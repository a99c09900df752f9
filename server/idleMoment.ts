/**
 * Waits for a quiet moment of an HTTP server: no request in flight and none begun for `quietMs`.
 * Background work that competes for the CPU (the class-data archive's build after start-up) waits
 * for one, so that it does not slow the first requests of a user who just opened the explorer.
 * Event-driven (one timer, re-armed by requests), and bounded: after `maxWaitMs` it resolves
 * anyway, since a server that is never quiet must not put the work off for ever. Only requests
 * begun after the call count: `npm start` calls it at Ready, before the first one.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";

export interface IdleMomentOptions {
  readonly quietMs: number;
  readonly maxWaitMs: number;
  /** Aborting it (the app is stopping) settles the wait with `false`. */
  readonly signal?: AbortSignal;
}

/** Resolves true at the first quiet moment (or when `maxWaitMs` is up), false when aborted. */
export function idleMoment(server: Server, options: IdleMomentOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const deadline = Date.now() + options.maxWaitMs;
    let inFlight = 0;
    let lastActivity = Date.now();
    let timer: NodeJS.Timeout | undefined;

    const finish = (value: boolean) => {
      clearTimeout(timer);
      server.off("request", onRequest);
      options.signal?.removeEventListener("abort", onAbort);
      resolve(value);
    };
    const check = () => {
      const now = Date.now();
      if (now >= deadline) return finish(true);
      const quietFor = now - lastActivity;
      if (inFlight === 0 && quietFor >= options.quietMs) return finish(true);
      // While a request runs, look again a whole quiet period later; otherwise when the current
      // quiet period would end. Either way never past the deadline.
      const wait = inFlight > 0 ? options.quietMs : options.quietMs - quietFor;
      timer = setTimeout(check, Math.max(1, Math.min(wait, deadline - now)));
      timer.unref();
    };
    const onRequest = (_request: IncomingMessage, response: ServerResponse) => {
      inFlight += 1;
      lastActivity = Date.now();
      response.once("close", () => {
        inFlight -= 1;
        lastActivity = Date.now();
      });
    };
    const onAbort = () => finish(false);

    if (options.signal?.aborted) return resolve(false);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    server.on("request", onRequest);
    check();
  });
}
