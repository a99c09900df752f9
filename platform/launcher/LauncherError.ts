/** Why the local Neo4j could not be prepared or started; `code` lets callers and tests tell. */
export const LAUNCHER_ERROR_CODES = [
  "JAVA_MISSING",
  "MAVEN_MISSING",
  "MAVEN_FAILED",
  "PORT_TAKEN",
  "START_TIMEOUT",
  "START_FAILED",
] as const;
export type LauncherErrorCode = (typeof LAUNCHER_ERROR_CODES)[number];

export class LauncherError extends Error {
  constructor(
    readonly code: LauncherErrorCode,
    message: string,
    /** The last lines of the JVM's stderr and of Neo4j's debug.log, when there are any. */
    readonly logTail = "",
  ) {
    super(message);
    this.name = "LauncherError";
  }
}
