// Why: one build for the renderer, served by vite preview in the browser twin and by app:// in Electron.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import pkg from "./package.json" with { type: "json" };

export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    // REKOD_OUT lets parallel test runs build into their own folder (relative to renderer/).
    outDir: process.env.REKOD_OUT ?? "../dist/renderer",
    emptyOutDir: true,
    target: "chrome120",
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: "127.0.0.1", strictPort: true },
  worker: { format: "es" },
});
