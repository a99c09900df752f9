/**
 * One request's place in the execution gate, shared by the GraphQL plugins that fill it in and
 * the HTTP layer that ends it. The bounds plugin notes the operation's cost; the gate plugin takes
 * the units and holds their release; the HTTP layer calls `done` when the answer has left (or the
 * client has gone), since an answer waiting for a slow reader still holds its megabytes. A release
 * handed in after `done` (the client left while the request waited) is called at once.
 */
export interface Admission {
  /** The operation's cost (queryCost.ts), once the bounds plugin has computed it. */
  cost?: number;
  hold(release: () => void): void;
  done(): void;
}

export function createAdmission(): Admission {
  let release: (() => void) | undefined;
  let finished = false;
  return {
    hold(next) {
      if (finished) next();
      else release = next;
    },
    done() {
      finished = true;
      release?.();
      release = undefined;
    },
  };
}
