// Vite builds the UI into dist/, which the Tauri binary embeds. Everything is
// bundled: no CDN, no web font, no runtime fetch of anything.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    assetsInlineLimit: 0,
    sourcemap: false,
    // One local bundle is fine: nothing is fetched over a network.
    chunkSizeWarningLimit: 4096,
    modulePreload: { polyfill: false },
  },
  server: { strictPort: true },
});
