/**
 * How much GraphQL execution may hold memory at once. Every bounded request still builds its
 * whole answer in the heap before the size ceiling can stop it (20 to 45 MiB for the heaviest: an
 * introspection, or thirty aliases of every entity), so twenty of them at once outgrew the 384 MiB
 * ceiling and the process died, although each alone was harmless.
 *
 * The gate is a budget of units, not a count of requests: an operation takes units by its weight
 * (operationWeight.ts: the heaviest take `HEAVY`, a small read one), so a few heavy executions
 * fill it while many small ones pass side by side. That matters when Neo4j stops answering: small
 * reads then wait for their query deadline holding next to no memory, and must not queue behind
 * each other for their turn to fail. Executions beyond the budget wait in a bounded queue, for a
 * bounded time, first come first served; past either bound the request is refused as busy (503,
 * Retry-After). Answers from the read cache never pass through the gate.
 */
export interface ExecutionGate {
  /**
   * Resolves to a release function once `weight` units are free, or to undefined when the request
   * is refused as busy. A weight above the capacity counts as the whole capacity.
   */
  enter(weight?: number): Promise<(() => void) | undefined>;
  /** Units in use now and requests waiting now, for tests and reports. */
  readonly load: { readonly used: number; readonly waiting: number };
}

export interface GateLimits {
  /** Units in all. */
  readonly capacity: number;
  readonly maxWaiting: number;
  readonly maxWaitMs: number;
}

interface Waiter {
  readonly weight: number;
  readonly admit: () => void;
}

export function createExecutionGate(limits: GateLimits): ExecutionGate {
  let used = 0;
  const queue: Waiter[] = [];

  const fits = (weight: number) => used + weight <= limits.capacity;
  /** Lets in waiters from the head while they fit: the head is never overtaken by a lighter one behind it. */
  const admitWaiting = () => {
    for (let head = queue[0]; head !== undefined && fits(head.weight); head = queue[0]) {
      queue.shift();
      used += head.weight;
      head.admit();
    }
  };
  const releaseOf = (weight: number) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      used -= weight;
      admitWaiting();
    };
  };

  return {
    get load() {
      return { used, waiting: queue.length };
    },
    enter(requested = 1) {
      const weight = Math.min(Math.max(1, Math.ceil(requested)), limits.capacity);
      if (queue.length === 0 && fits(weight)) {
        used += weight;
        return Promise.resolve(releaseOf(weight));
      }
      if (queue.length >= limits.maxWaiting) return Promise.resolve(undefined);
      return new Promise((resolve) => {
        const waiter: Waiter = {
          weight,
          admit: () => {
            clearTimeout(timer);
            resolve(releaseOf(weight));
          },
        };
        const timer = setTimeout(() => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          // A heavy head leaving may let lighter waiters behind it in.
          admitWaiting();
          resolve(undefined);
        }, limits.maxWaitMs);
        queue.push(waiter);
      });
    },
  };
}
