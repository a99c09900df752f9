/**
 * Vite config for the explorer. Root is client/; the server serves client/dist at `/`.
 * In dev, /graphql and /healthz go to the API server (API_TARGET, default port 4000).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const target = process.env.API_TARGET ?? "http://127.0.0.1:4000";

export default defineConfig({
  root,
  base: "./",
  resolve: {
    alias: {
      "@core": `${root}src/core`,
      "@views": `${root}src/views`,
      "@generated": `${root}src/generated`,
      // The domain vocabulary (model/) is shared with the seed and the server: one list of labels and types.
      "@model": fileURLToPath(new URL("../model", import.meta.url)),
    },
  },
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      "/graphql": { target, changeOrigin: true },
      "/healthz": { target, changeOrigin: true },
    },
  },
});
