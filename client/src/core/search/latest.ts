/**
 * A request counter (graphiql's `queryId`): each load takes a ticket, and only the newest ticket's
 * answer may change state, so an older answer that arrives late is dropped. Local to search until
 * the store offers one shared guard for every slice.
 */
export interface Latest {
  /** A ticket for a new load; every earlier ticket stops being current. */
  next(): number;
  /** Whether `ticket` is still the newest. */
  isCurrent(ticket: number): boolean;
}

export function createLatest(): Latest {
  let newest = 0;
  return {
    next: () => ++newest,
    isCurrent: (ticket) => ticket === newest,
  };
}
