/**
 * The API's graph shapes, as generated from the SDL (npm run codegen:client): never written by
 * hand, so a field renamed in server/schema/explorer.graphql fails the client's typecheck.
 */
import type {
  EdgeFieldsFragment,
  MatrixQuery,
  NodeFieldsFragment,
  SearchQuery,
  SubgraphFieldsFragment,
  SuccessionFieldsFragment,
  TraceQuery,
} from "@generated/graphql.ts";

export type GraphNode = NodeFieldsFragment;
export type GraphEdge = EdgeFieldsFragment;
export type Subgraph = SubgraphFieldsFragment;
export type SourceRef = GraphNode["sources"][number];
export type SearchHit = SearchQuery["search"][number];
export type Succession = SuccessionFieldsFragment;
export type SuccessionStep = Succession["succeededBy"][number];
export type SdgTrace = TraceQuery["traceToSdgs"];
export type TracePath = SdgTrace["paths"][number];
export type SdgMatrix = MatrixQuery["sdgMatrix"];
export type SdgMatrixCell = SdgMatrix["cells"][number];
