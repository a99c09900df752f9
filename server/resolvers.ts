/** Resolvers of the custom explorer queries (schema/explorer.graphql). */
import { SOURCE_DOCUMENTS } from "#seed/sources.ts";
import type { ApiContext } from "./context.ts";
import { conflicts } from "./queries/conflicts.ts";
import { evidence } from "./queries/evidence.ts";
import { governanceTree } from "./queries/governanceTree.ts";
import { neighbourhood } from "./queries/neighbourhood.ts";
import { nodeById } from "./queries/node.ts";
import { sdgMatrix } from "./queries/sdgMatrix.ts";
import { type SearchArgs, search } from "./queries/search.ts";
import { shortestPath } from "./queries/shortestPath.ts";
import { type SubgraphArgs, subgraph } from "./queries/subgraph.ts";
import { traceToSdgs } from "./queries/traceToSdgs.ts";
import { JSONScalar } from "./schema/jsonScalar.ts";

type Resolver<Args> = (parent: unknown, args: Args, context: ApiContext) => unknown;

export const explorerResolvers: {
  JSON: typeof JSONScalar;
  Query: Record<string, Resolver<never>>;
} = {
  JSON: JSONScalar,
  Query: {
    search: ((_, args, context) => search(context, args)) as Resolver<SearchArgs>,
    node: ((_, args, context) => nodeById(context, args.id)) as Resolver<{ id: string }>,
    neighbourhood: ((_, args, context) => neighbourhood(context, args)) as Resolver<{
      id: string;
      depth?: number;
      types?: string[];
    }>,
    governanceTree: ((_, args, context) => governanceTree(context, args.rootId)) as Resolver<{
      rootId: string;
    }>,
    traceToSdgs: ((_, args, context) => traceToSdgs(context, args.fromId)) as Resolver<{ fromId: string }>,
    sdgMatrix: ((_, args, context) => sdgMatrix(context, args.strategyId ?? undefined)) as Resolver<{
      strategyId?: string | null;
    }>,
    shortestPath: ((_, args, context) => shortestPath(context, args.fromId, args.toId)) as Resolver<{
      fromId: string;
      toId: string;
    }>,
    subgraph: ((_, args, context) => subgraph(context, args)) as Resolver<SubgraphArgs>,
    evidence: ((_, args, context) => evidence(context, args.id)) as Resolver<{ id: string }>,
    conflicts: ((_, _args, context) => conflicts(context)) as Resolver<Record<string, never>>,
    sourceDocuments: () => Object.values(SOURCE_DOCUMENTS),
  } as Record<string, Resolver<never>>,
};
