/** Bounds every expansion on a large graph: a subgraph stops growing past this many nodes. */
export const MAX_SUBGRAPH_NODES = 500;
