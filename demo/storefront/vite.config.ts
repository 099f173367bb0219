import path from "node:path"
import { fileURLToPath } from "node:url"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

const here = path.dirname(fileURLToPath(import.meta.url))
const repository = path.resolve(here, "../..")

/**
 * The demo storefront. The plugin's store client is imported by its package
 * name, as a store developer would, and resolved to the source in this
 * repository. Build output and Vite's cache live where `medusa develop`
 * does not watch (a change there would restart the server).
 */
export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    alias: {
      "medusa-plugin-customer-loyalty/client": path.join(repository, "src/client/index.ts"),
    },
  },
  cacheDir: path.join(repository, "node_modules/.vite-storefront"),
  build: {
    outDir: path.join(repository, ".demo/storefront"),
    emptyOutDir: true,
  },
  server: { port: 8000, strictPort: true },
  preview: { port: 8000, strictPort: true },
})
