/**
 * Opening a search hit (or a predecessor named in a panel) where it can be drawn: a node not in
 * force on the view's day moves the date to one when it was, then shows it. One click, no
 * "not found" for a body that merged away.
 */
import type { GraphNode } from "../graph/contract.ts";
import { today } from "../time/utils.ts";
import { dayToOpen } from "./period.ts";

export interface OpenActions {
  setAsOf(day: string | null): Promise<void>;
  show(id: string, known?: GraphNode): Promise<void>;
}

/** Shows `node`, first moving the view from `viewDay` (null: today) to a day it was in force. */
export async function openInForce(
  actions: OpenActions,
  node: GraphNode,
  viewDay: string | null,
  now: string = today(),
): Promise<void> {
  const day = dayToOpen(node, viewDay ?? now);
  if (day !== null) await actions.setAsOf(day);
  await actions.show(node.id, node);
}
