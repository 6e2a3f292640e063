import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const serverUrl = `http://127.0.0.1:${process.env.MEND_PORT ?? 3000}`;

export default defineConfig({
  // Pinned to this folder so the config works whether vite runs from the repo root or from web/.
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      "/api": { target: serverUrl, changeOrigin: false },
      "/docs": { target: serverUrl, changeOrigin: false },
    },
  },
});
