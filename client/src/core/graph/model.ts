/**
 * The explorer's working graph: the nodes and edges on screen, and the expansions that added
 * some of them, so that collapsing an expansion removes exactly what it brought in (and nothing
 * that the base view or another expansion still needs).
 */
import type { GraphEdge, GraphNode, Subgraph } from "./contract.ts";

/** Which nodes and edges one expansion added, so that collapsing removes exactly those. */
export interface Expansion {
  readonly nodeId: string;
  readonly types: readonly string[] | null;
  readonly addedNodes: readonly string[];
  readonly addedEdges: readonly string[];
}

export interface MergeResult {
  readonly addedNodes: readonly string[];
  readonly addedEdges: readonly string[];
}

export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly expansions = new Map<string, Expansion>();
  /** Nodes the root's governance tree brought in: the view names the tree, not each of them. */
  readonly tree = new Set<string>();
  /**
   * Nodes the view names (a search hit, a shown node) that were not in force on the drawn day:
   * kept in the view, so that another day draws them again.
   */
  readonly absentSubjects = new Set<string>();

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
    this.expansions.clear();
    this.tree.clear();
    this.absentSubjects.clear();
  }

  /** Merges the root's governance tree and remembers its nodes as the tree's. */
  mergeTree(subgraph: Subgraph): MergeResult {
    for (const node of subgraph.nodes) this.tree.add(node.id);
    return this.merge(subgraph);
  }

  /** Adds what is new in `subgraph`; edges whose ends are missing are skipped. */
  merge(subgraph: Subgraph): MergeResult {
    const addedNodes: string[] = [];
    const addedEdges: string[] = [];
    for (const node of subgraph.nodes) {
      if (this.nodes.has(node.id)) continue;
      this.nodes.set(node.id, node);
      addedNodes.push(node.id);
    }
    for (const edge of subgraph.edges) {
      if (this.edges.has(edge.id) || !this.nodes.has(edge.source) || !this.nodes.has(edge.target)) continue;
      this.edges.set(edge.id, edge);
      addedEdges.push(edge.id);
    }
    return { addedNodes, addedEdges };
  }

  /** Merges a neighbourhood as the expansion of `nodeId`, replacing an earlier expansion of it. */
  expand(nodeId: string, subgraph: Subgraph, types: readonly string[] | null = null): MergeResult {
    if (this.expansions.has(nodeId)) this.collapse(nodeId);
    const result = this.merge(subgraph);
    this.expansions.set(nodeId, { nodeId, types, ...result });
    return result;
  }

  /** Removes what the expansion of `nodeId` added, including expansions made from those nodes. */
  collapse(nodeId: string): MergeResult {
    const expansion = this.expansions.get(nodeId);
    if (!expansion) return { addedNodes: [], addedEdges: [] };
    this.expansions.delete(nodeId);
    const removedNodes: string[] = [];
    const removedEdges: string[] = [];
    for (const id of expansion.addedNodes) {
      if (id === nodeId) continue;
      // Nested: collapsing a parent also collapses what was expanded from its children.
      if (this.expansions.has(id)) {
        const nested = this.collapse(id);
        removedNodes.push(...nested.addedNodes);
        removedEdges.push(...nested.addedEdges);
      }
      if (!this.nodes.has(id)) continue;
      this.nodes.delete(id);
      removedNodes.push(id);
    }
    for (const id of expansion.addedEdges) {
      if (this.edges.delete(id)) removedEdges.push(id);
    }
    // Edges of other origins that touched a removed node go too.
    for (const [id, edge] of this.edges) {
      if (!this.nodes.has(edge.source) || !this.nodes.has(edge.target)) {
        this.edges.delete(id);
        removedEdges.push(id);
      }
    }
    return { addedNodes: removedNodes, addedEdges: removedEdges };
  }

  subgraph(): Subgraph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
