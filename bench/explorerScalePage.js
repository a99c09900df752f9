// Runs inside headless Chromium (added by bench/explorerScale.ts after cytoscape.min.js and the
// bundled client/src/views/graph/largeGraph.ts as `window.largeGraph`): builds a synthetic graph,
// draws it with cytoscape and times the first render, a pan and a zoom.
// Plain browser JavaScript so that the project's Node-only tsconfig need not know the DOM.

/** A deterministic pseudo-random generator (mulberry32), so every run draws the same graph. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

function elements(nodeCount, edgeCount, withPositions, types) {
  const rand = random(42);
  const side = Math.ceil(Math.sqrt(nodeCount));
  const result = [];
  for (let i = 0; i < nodeCount; i++) {
    // With the explorer's node types when its large-graph style (one selector per type) is on.
    const data = types
      ? { id: `n${i}`, label: `Node ${i}`, type: types[i % types.length] }
      : { id: `n${i}`, label: `Node ${i}` };
    const node = { group: "nodes", data };
    if (withPositions)
      node.position = { x: (i % side) * 60 + rand() * 20, y: Math.floor(i / side) * 60 + rand() * 20 };
    result.push(node);
  }
  for (let e = 0; e < edgeCount; e++) {
    // Mostly local links (like a governance tree), some long ones (like shared SDGs).
    const source = Math.floor(rand() * nodeCount);
    const target =
      rand() < 0.8 ? (source + 1 + Math.floor(rand() * side)) % nodeCount : Math.floor(rand() * nodeCount);
    result.push({ group: "edges", data: { id: `e${e}`, source: `n${source}`, target: `n${target}` } });
  }
  return result;
}

/** Frame intervals (ms) while applying one step per animation frame. */
async function frames(steps, apply) {
  const intervals = [];
  let last = await nextFrame();
  for (let i = 0; i < steps; i++) {
    apply(i);
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}

window.benchRender = async ({ nodes, edges, layout, webgl, steps, layoutTimeoutMs }) => {
  document.getElementById("cy")?.remove();
  const container = document.createElement("div");
  container.id = "cy";
  container.style.cssText = "position:absolute;inset:0;width:1280px;height:800px";
  document.body.appendChild(container);
  const large = layout === "preset-large";
  const lg = window.largeGraph;
  const data = elements(nodes, edges, layout === "preset" || large, large ? lg.NODE_TYPE_NAMES : null);

  if (large) {
    // The explorer's large-graph mode, from its own module: its style and renderer options, nodes
    // styled before the edges arrive, preset positions fitted.
    const nodeEls = data.filter((element) => element.group === "nodes");
    const edgeEls = data.filter((element) => element.group === "edges");
    const start = performance.now();
    const cy = window.cytoscape({
      container,
      layout: { name: "preset" },
      style: lg.LARGE_GRAPH_STYLE,
      boxSelectionEnabled: false,
      ...lg.LARGE_GRAPH_RENDERER,
      ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
    });
    lg.addNodesThenEdges(cy, nodeEls, edgeEls);
    // Fitted as the explorer fits (camera.ts). With no padding the 60 zoom steps happen to cross
    // cytoscape's texture-cache zoom levels where it redraws every element per frame: zoom median
    // ~65-110 ms instead of ~20 ms (measured at paddings 0, 10, 20, 30, 40, 60; only 0 was slow).
    cy.fit(undefined, lg.FIT_PADDING);
    return measured(cy, start, steps, webgl);
  }

  const start = performance.now();
  const cy = window.cytoscape({
    container,
    elements: data,
    layout: { name: "preset" },
    style: [
      {
        selector: "node",
        // As in the explorer: labels too small to read at the current zoom are not drawn.
        style: {
          width: 12,
          height: 12,
          "background-color": "#2f6db5",
          label: "data(label)",
          "font-size": 6,
          "min-zoomed-font-size": 6,
        },
      },
      { selector: "edge", style: { width: 1, "line-color": "#9aa7b5", "curve-style": "haystack" } },
    ],
    // Large-graph settings: during a pan or zoom, draw a cached texture instead of every edge.
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  });
  const renderer = cy.renderer();
  const webglActive = Boolean(webgl && renderer.data?.contexts?.[renderer.WEBGL]);
  const options =
    layout === "cose"
      ? { name: "cose", animate: false, randomize: true, numIter: 1000, nodeDimensionsIncludeLabels: false }
      : { name: layout, animate: false, fit: true };
  const run = cy.layout(options);
  const done = new Promise((resolve) => cy.one("layoutstop", resolve));
  run.run();
  const outcome = await Promise.race([
    done.then(() => "done"),
    new Promise((resolve) => setTimeout(() => resolve("timeout"), layoutTimeoutMs)),
  ]);
  if (outcome === "timeout") {
    run.stop();
    cy.destroy();
    return { timedOut: true, webglActive };
  }
  return measured(cy, start, steps, webgl);
};

/** From a laid-out graph: the rest of the first render (two frames), then pan and zoom frames. */
async function measured(cy, start, steps, webgl) {
  const renderer = cy.renderer();
  const webglActive = Boolean(webgl && renderer.data?.contexts?.[renderer.WEBGL]);
  const layoutMs = performance.now() - start;
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;

  const pan = await frames(steps, (i) => cy.panBy({ x: i % 2 === 0 ? 7 : -5, y: 3 }));
  const center = { x: 640, y: 400 };
  const zoom = await frames(steps, (i) =>
    cy.zoom({ level: cy.zoom() * (i < steps / 2 ? 1.04 : 1 / 1.04), renderedPosition: center }),
  );
  cy.destroy();
  return { timedOut: false, webglActive, layoutMs, firstRenderMs, pan, zoom };
}
