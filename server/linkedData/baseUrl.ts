/**
 * The base of every address the server writes into a document (`<base>/id/<id>`): PUBLIC_BASE_URL
 * when it is set — the stable public address, which a proxy in front cannot spoil — and otherwise
 * the address the client used (`http://` + its Host header), so that links work wherever the
 * server is reached from without any setting.
 */
import type { IncomingHttpHeaders } from "node:http";
import { normaliseBase } from "#model/linkedData/addresses.ts";

/** A Host header that can only be a host name or address with an optional port. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function baseUrlOf(headers: IncomingHttpHeaders, publicBaseUrl: string | undefined): string {
  if (publicBaseUrl) return normaliseBase(publicBaseUrl);
  const host = headers.host;
  return `http://${host && HOST.test(host) ? host : "localhost"}`;
}
