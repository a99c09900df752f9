/**
 * Headers sent on every response, whatever the path or status.
 *
 * Scripts only from our own origin, never inline and never eval: the built explorer loads one
 * module script from /assets. Styles also allow 'unsafe-inline' because the explorer sets
 * `style="…"` attributes in the markup it renders and CodeMirror injects its theme as <style>
 * elements at run time; inline styles cannot run code, so this keeps the script policy strict.
 * `img-src data: blob:` is for the favicon placeholder and the PNG/SVG exports.
 */
import type { ServerResponse } from "node:http";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  // For browsers that predate frame-ancestors.
  "x-frame-options": "DENY",
});

export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}
