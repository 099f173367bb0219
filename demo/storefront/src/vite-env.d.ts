/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The Medusa server, e.g. http://localhost:9000. */
  readonly VITE_MEDUSA_BACKEND_URL?: string
  /** A publishable API key of the sales channel the shop sells through. */
  readonly VITE_MEDUSA_PUBLISHABLE_KEY: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
