/**
 * Neo4j did not answer within the client's deadline (server/neo4j/queryDeadline.ts). It lives
 * with the driver's own failures, below every layer, because for whoever meets it Neo4j is as
 * good as down (isDatabaseDown.ts).
 */
export class Neo4jUnresponsiveError extends Error {
  override readonly name = "Neo4jUnresponsiveError";
  constructor(readonly deadlineMs: number) {
    super(`Neo4j did not answer within ${deadlineMs} ms`);
  }
}
