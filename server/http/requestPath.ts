/**
 * The decoded path of a request target, or undefined when it cannot be a path of ours: not
 * parseable, or with a percent escape that does not decode (`/%`, `/%E0%A4%A`). Rejecting these
 * once, before routing, keeps every handler behind the router free of decoding errors.
 */
export function requestPath(target: string | undefined): string | undefined {
  try {
    const { pathname } = new URL(target ?? "/", "http://localhost");
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return undefined;
  }
}
