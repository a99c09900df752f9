/**
 * Why the app process ended, in one line for the supervisor's log: the exit code or signal, and
 * the telling line of what it last wrote to stderr. V8 dying of an exhausted heap writes its
 * "FATAL ERROR: … JavaScript heap out of memory" line and then a native stack trace; the fatal
 * line is the cause, so it wins over the trace's last line.
 */
const FATAL = /FATAL ERROR|out of memory|Uncaught|^\w*Error\b/;

export function exitCause(
  code: number | null,
  signal: NodeJS.Signals | null,
  recentStderr: readonly string[],
): string {
  const how = signal ? `signal ${signal}` : `exit code ${code ?? "?"}`;
  const lines = recentStderr.map((line) => line.trim()).filter((line) => line !== "");
  const telling = [...lines].reverse().find((line) => FATAL.test(line)) ?? lines.at(-1);
  return telling === undefined ? how : `${how}; last stderr line: ${JSON.stringify(telling)}`;
}
