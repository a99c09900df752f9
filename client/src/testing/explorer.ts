/** An explorer for unit tests of actions and effects: a real store, model and queue, a canvas that draws nothing. */
import { createExplorerStore, type Explorer } from "../core/app/state.ts";
import { GraphModel } from "../core/graph/model.ts";
import type { Canvas } from "../core/layouts/canvas.ts";
import { TaskQueue } from "../core/store/taskQueue.ts";
import { DEFAULT_STATE, type ViewState } from "../core/url-state/types.ts";

export const quietCanvas: Canvas = {
  layout: async () => {},
  placeNear: () => {},
  setPositions: () => {},
  fit: () => {},
  centre: () => {},
  setViewport: () => {},
  visibleCount: () => 0,
};

export function testExplorer(view: Partial<ViewState> = {}, queue = new TaskQueue()): Explorer {
  return {
    store: createExplorerStore({ ...DEFAULT_STATE, ...view }),
    model: new GraphModel(),
    canvas: quietCanvas,
    queue,
  };
}
