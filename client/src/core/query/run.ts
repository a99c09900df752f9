/**
 * The query tab's run: its phase, and a request counter so that an older answer arriving after a
 * newer run started is dropped (graphiql-react's `queryId`), and its request aborted.
 */
import type { GraphQLResponse } from "../api/response.ts";

export type Run =
  | { readonly phase: "none" }
  | { readonly phase: "running" }
  | ({ readonly phase: "done" } & Answer)
  | { readonly phase: "failed"; readonly message: string };

/** What a run brings back: the answer as the user's query has it, and its data with every object's type. */
export interface Answer {
  readonly response: GraphQLResponse;
  /** The data with `__typename` in every object (what the result graph draws from). */
  readonly typed: unknown;
}

export class QueryRuns {
  private counter = 0;
  private controller: AbortController | null = null;
  private current: Run = { phase: "none" };

  constructor(private readonly onRun: (run: Run) => void) {}

  get run(): Run {
    return this.current;
  }

  /** Starts a run; its answer is shown only if no other run started meanwhile. */
  async start(
    send: (signal: AbortSignal) => Promise<Answer>,
    describe: (error: unknown) => string,
  ): Promise<void> {
    const id = ++this.counter;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.set({ phase: "running" });
    let next: Run;
    try {
      next = { phase: "done", ...(await send(controller.signal)) };
    } catch (error) {
      next = { phase: "failed", message: describe(error) };
    }
    if (id !== this.counter) return;
    this.controller = null;
    this.set(next);
  }

  private set(run: Run): void {
    this.current = run;
    this.onRun(run);
  }
}
