/**
 * The layers, bottom to top (docs/architecture.md draws them):
 *   platform/ + cypher/   configuration, the Neo4j connection, the local launcher, the Cypher files
 *   seed/                 the graph as data, its vocabulary and descriptions, validation and loading
 *   server/ | tools/      the GraphQL/HTTP server, and beside it the admin tools (seed, export, import, db)
 *   client/               the explorer: shares only the vocabulary modules of seed/ (and generated types)
 * An import may point down, never up or sideways across layers. Tests and benchmarks may use any layer.
 */
/** Modules of seed/ that the explorer may share: pure vocabulary and helpers, no data, no Neo4j. */
const CLIENT_SHARED_SEED =
  "^seed/(vocabulary|descriptions|model|strengths|period|sourceCodec|sources|storedProperties|errorCodes|fold|searchKeys|textFolding|linkedData/(addresses|graph|mapping|rdf|serialise|networkFormats|formats))\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "platform-is-the-bottom-layer",
      comment: "platform/ and cypher/ are shared by everything and import no project layer above them.",
      severity: "error",
      from: { path: "^(platform|cypher)/" },
      to: { path: "^(seed|server|tools|client|tests|bench)/" },
    },
    {
      name: "seed-points-down-only",
      comment: "The seed may use platform/ and cypher/, never the server, the tools or the explorer.",
      severity: "error",
      from: { path: "^seed/" },
      to: { path: "^(server|tools|client|tests|bench)/" },
    },
    {
      name: "server-points-down-only",
      comment: "The server uses seed/, platform/ and cypher/; the admin tools sit beside it, not below.",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^(tools|client|tests|bench)/" },
    },
    {
      name: "tools-sit-beside-the-server",
      comment: "Admin tools (seed, export, import, db) use the lower layers, never the server.",
      severity: "error",
      from: { path: "^tools/" },
      to: { path: "^(server|client|tests|bench)/" },
    },
    {
      name: "client-is-the-top-layer",
      comment: "The explorer talks to the server over HTTP only; it shares vocabulary modules, not code.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^(server|platform|tools|cypher|tests|bench)/" },
    },
    {
      name: "client-shares-only-the-vocabulary",
      comment: "Of seed/, the explorer may import only the pure vocabulary modules listed here.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^seed/", pathNot: CLIENT_SHARED_SEED },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import the checker cannot resolve could hide a layer violation.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|target|generated)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
