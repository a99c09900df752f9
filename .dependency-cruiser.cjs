/**
 * The layers, bottom to top (docs/architecture.md draws them):
 *   model/                the domain vocabulary: labels, relationship types, periods, source references
 *                         and their codec, strengths, error codes, accent folding, linked-data mapping
 *   platform/ + cypher/   configuration, the Neo4j connection, the local launcher, the Cypher files
 *   seed/                 the graph as data, its validation and its loader
 *   server/ | tools/      the GraphQL/HTTP server, and beside it the admin tools (seed, export, import, db)
 *   client/               the explorer: model/ and its generated types, nothing else of the project
 * An import may point down, never up or sideways across layers. Tests and benchmarks may use any layer.
 */
/**
 * The seed's entry points for code that really loads the data (validate it, write it to Neo4j,
 * generate the SDL from it). Data modules themselves (organisations.ts …) are imported by nobody
 * above seed/ but through these.
 */
const SEED_LOADER = "^seed/(modules|validate|seedDatabase|load|applySchema|anchors|documentSections)\\.ts$";

/** Files above seed/ that load the data, so may import SEED_LOADER (and nothing else of seed/). */
const SEED_LOADING_FILES =
  "^(server/main\\.ts|server/schema/generate(Cli|GraphSdl)\\.ts|tools/(seedCli|anchorsCli)\\.ts|tools/sourceText/sectionAnchors\\.ts|tools/graphFile/importGraph\\.ts)$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "model-imports-nothing",
      comment:
        "model/ is the ground floor: pure vocabulary that the seed, the server, the tools and the explorer share. It imports no other folder of the project.",
      severity: "error",
      from: { path: "^model/" },
      to: { path: "^(platform|cypher|seed|server|tools|client|tests|bench)/" },
    },
    {
      name: "platform-is-the-bottom-layer",
      comment: "platform/ and cypher/ sit on model/ only; they import no project layer above them.",
      severity: "error",
      from: { path: "^(platform|cypher)/" },
      to: { path: "^(seed|server|tools|client|tests|bench)/" },
    },
    {
      name: "seed-points-down-only",
      comment: "The seed may use model/, platform/ and cypher/, never the server, the tools or the explorer.",
      severity: "error",
      from: { path: "^seed/" },
      to: { path: "^(server|tools|client|tests|bench)/" },
    },
    {
      name: "server-points-down-only",
      comment: "The server uses model/, platform/ and cypher/; the admin tools sit beside it, not below.",
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
      name: "no-seed-data-above-the-seed",
      comment:
        "The server and the tools read the graph from Neo4j and its vocabulary from model/. Only the few files that load the seed (SEED_LOADING_FILES) import seed/, and then only its loader.",
      severity: "error",
      from: { path: "^(server|tools)/", pathNot: SEED_LOADING_FILES },
      to: { path: "^seed/" },
    },
    {
      name: "seed-loaded-through-its-loader",
      comment:
        "A file that loads the seed goes through its entry points (SEED_LOADER), not into a data module.",
      severity: "error",
      from: { path: SEED_LOADING_FILES },
      to: { path: "^seed/", pathNot: SEED_LOADER },
    },
    {
      name: "client-is-the-top-layer",
      comment:
        "The explorer talks to the server over HTTP only; of the project it imports model/ (the shared vocabulary) and its generated types, never seed/ data.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^(seed|server|platform|tools|cypher|tests|bench)/" },
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
