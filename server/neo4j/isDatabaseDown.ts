/**
 * The server's way to the one decision of "Neo4j cannot be reached now", which lives in platform/
 * because the start's retries (below the server) make the same call. Nothing is decided here.
 */
export { isDatabaseDown } from "#platform/neo4j/isDatabaseDown.ts";
