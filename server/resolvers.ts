/**
 * Resolvers of the custom explorer queries (schema/explorer.graphql), typed by the signatures
 * graphql-codegen generates from that SDL: a renamed field or argument fails the typecheck here.
 * Every query that reads the graph answers for one day, `asOf`, today when it is omitted.
 */
import { SOURCE_DOCUMENTS } from "#model/sources.ts";
import { asOfDay } from "./graph/asOf.ts";
import type { Resolvers } from "./graph/explorerTypes.generated.ts";
import { changes, timeline } from "./queries/changes.ts";
import { conflicts } from "./queries/conflicts.ts";
import { corrections, dataRelease } from "./queries/dataRelease.ts";
import { evidence } from "./queries/evidence.ts";
import { governanceTree } from "./queries/governanceTree.ts";
import { neighbourhood } from "./queries/neighbourhood.ts";
import { nodeById } from "./queries/node.ts";
import { DEFAULT_STRATEGY_ID, sdgMatrix } from "./queries/sdgMatrix.ts";
import { search } from "./queries/search.ts";
import { shortestPath } from "./queries/shortestPath.ts";
import { subgraph } from "./queries/subgraph.ts";
import { succession } from "./queries/succession.ts";
import { traceToSdgs } from "./queries/traceToSdgs.ts";
import { JSONScalar } from "./schema/jsonScalar.ts";

export const explorerResolvers = {
  JSON: JSONScalar,
  Query: {
    // Without a day, search covers every date (in force today first): see queries/search.ts.
    search: (_, args, context) =>
      search(context, args, { asOf: asOfDay(args.asOf, context.today), everyDate: args.asOf == null }),
    succession: (_, args, context) => succession(context, args.id),
    node: (_, args, context) => nodeById(context, args.id, asOfDay(args.asOf, context.today)),
    neighbourhood: (_, args, context) => neighbourhood(context, args, asOfDay(args.asOf, context.today)),
    governanceTree: (_, args, context) =>
      governanceTree(context, args.rootId, asOfDay(args.asOf, context.today)),
    traceToSdgs: (_, args, context) => traceToSdgs(context, args.fromId, asOfDay(args.asOf, context.today)),
    sdgMatrix: (_, args, context) =>
      sdgMatrix(context, args.strategyId ?? DEFAULT_STRATEGY_ID, asOfDay(args.asOf, context.today)),
    shortestPath: (_, args, context) =>
      shortestPath(context, args.fromId, args.toId, asOfDay(args.asOf, context.today)),
    // Evidence of a fact of any date unless a day is asked for: see queries/evidence.ts.
    evidence: (_, args, context) =>
      evidence(context, args.id, args.asOf == null ? null : asOfDay(args.asOf, context.today)),
    subgraph: (_, args, context) => subgraph(context, args.ids, asOfDay(args.asOf, context.today)),
    conflicts: (_, args, context) => conflicts(context, asOfDay(args.asOf, context.today)),
    changes: (_, args, context) => changes(context, args.from, args.to),
    timeline: (_, _args, context) => timeline(context),
    sourceDocuments: () =>
      Object.values(SOURCE_DOCUMENTS).map((document) => ({
        id: document.id,
        title: document.title,
        publisher: document.publisher,
        date: document.date ?? "undated",
        published: document.date ?? null,
        dateNote: document.dateNote ?? null,
        url: document.url ?? null,
      })),
    dataRelease: (_, _args, context) => dataRelease(context),
    corrections: (_, args, context) => corrections(context, args),
  },
} satisfies Resolvers;
