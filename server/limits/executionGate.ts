/**
 * How many GraphQL executions may hold memory at once. Every bounded request still builds its
 * whole answer in the heap before the size ceiling can stop it (about 20 MiB for the heaviest:
 * an introspection, or thirty aliases of every entity), so twenty of them at once outgrew the
 * 384 MiB ceiling and the process died, although each alone was harmless. Executions beyond
 * `slots` wait in a bounded queue, for a bounded time; past either bound the request is refused
 * as busy (503, Retry-After) instead of being let in to exhaust the heap. Answers from the read
 * cache never pass through the gate, so cached load is not slowed.
 */
export interface ExecutionGate {
  /** Resolves to a release function once a slot is free, or to undefined when the request is refused as busy. */
  enter(): Promise<(() => void) | undefined>;
  /** Executions running now and waiting now, for tests and /healthz-style reports. */
  readonly load: { readonly running: number; readonly waiting: number };
}

export interface GateLimits {
  readonly slots: number;
  readonly maxWaiting: number;
  readonly maxWaitMs: number;
}

export function createExecutionGate(limits: GateLimits): ExecutionGate {
  let running = 0;
  const queue: { admit: () => void }[] = [];

  const release = () => {
    const next = queue.shift();
    // The slot passes straight to the next waiter, so a newcomer can never overtake the queue.
    if (next) next.admit();
    else running -= 1;
  };
  const oneRelease = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    get load() {
      return { running, waiting: queue.length };
    },
    enter() {
      if (running < limits.slots) {
        running += 1;
        return Promise.resolve(oneRelease());
      }
      if (queue.length >= limits.maxWaiting) return Promise.resolve(undefined);
      return new Promise((resolve) => {
        const waiter = {
          admit: () => {
            clearTimeout(timer);
            resolve(oneRelease());
          },
        };
        const timer = setTimeout(() => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          resolve(undefined);
        }, limits.maxWaitMs);
        queue.push(waiter);
      });
    },
  };
}
