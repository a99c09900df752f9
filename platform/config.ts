/**
 * The server's configuration: its settings are read from process.env here and nowhere else.
 * Validated with zod and frozen at start-up; a bad value fails fast with a message naming the
 * variable. (The environment is also handed on whole to child processes, and searched for PATH as
 * a shell would; neither reads a setting.)
 */
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

const configSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /** When set, use this Neo4j (Aura, cluster, Docker) and start nothing locally. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default(".neo4j"),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, "must look like 512m or 1g")
    .default("512m"),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, "must look like 64m or 1g")
    .default("64m"),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(90_000),
  /** Where the local Neo4j's class-data archive lives (platform/launcher/target/classdata by default). */
  NEO4J_CLASS_DATA_DIR: z.string().min(1).optional(),
  /** How long to keep trying an external NEO4J_URI at start-up before giving up. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Neo4j transaction timeout for API queries. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** HMAC secret for admin JWTs (HS256). Without it no token is valid and the API is read-only. */
  ADMIN_JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The `iss` an admin token must carry: a token minted for another service is refused. */
  ADMIN_JWT_ISSUER: z.string().min(1).default("norway-ehealth-graph"),
  /** The `aud` an admin token must name: this API. */
  ADMIN_JWT_AUDIENCE: z.string().min(1).default("norway-ehealth-graph-api"),
  /**
   * The longest an admin token may be valid for, in seconds (`exp` at most this far from `iat`,
   * and from now): a leaked token stops working within this time. At most 30 days.
   */
  ADMIN_JWT_MAX_LIFETIME_S: z.coerce
    .number()
    .int()
    .positive()
    .max(30 * 24 * 3600)
    .default(3600),
  /** In-memory cache of read answers, in MiB; 0 turns it off. */
  READ_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /**
   * The largest answer the API builds, in bytes; a larger one is stopped while it is built and
   * answered with LIMIT_EXCEEDED. At least 64 KiB (the explorer's own answers reach about 1 MB
   * on the seed), at most 64 MiB (the heap is sized for the default, docs/benchmarks.md).
   */
  RESPONSE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(64 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  /**
   * How many of the heaviest GraphQL executions may build their answers at once (lighter ones
   * weigh less; answers from the read cache do not count); more wait, briefly, then are refused
   * as busy. The heaviest holds up to 43 MiB of heap while its answer is built, and the heap
   * ceiling leaves room for two of them above the idle heap on Node 24 (docs/benchmarks.md, Bounds).
   */
  QUERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** if-empty: seed only an empty database; always: re-seed at every start; never. */
  SEED_ON_START: z.enum(["if-empty", "always", "never"]).default("if-empty"),
  /**
   * The public address of this server (https://graph.example.org): the base of every entity
   * address (`<base>/id/<id>`) in linked-data documents and dumps. Unset: the request's Host.
   */
  PUBLIC_BASE_URL: z
    .string()
    .regex(
      /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
      "must be an http(s) address without query or fragment, like https://graph.example.org",
    )
    .optional(),
  /** Serve the explorer from this built folder instead of building client/dist (the e2e tests serve a test build). */
  CLIENT_DIST_DIR: z.string().min(1).optional(),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings (e.g. `NEO4J_URI=` in a compose file) mean "not set".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join(".") ?? "?";
    throw new ConfigError(`Invalid environment variable ${variable}: ${issue?.message ?? "invalid"}`);
  }
  return Object.freeze(parsed.data);
}
