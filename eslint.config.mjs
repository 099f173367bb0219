// @ts-check
import js from "@eslint/js"
import prettier from "eslint-config-prettier"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      ".medusa",
      ".demo",
      ".cache",
      "dist",
      "build",
      "coverage",
      "bench/*/.out",
      "integration-tests/browser/output",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // An unused argument often names what a callback receives; a leading
      // underscore says it is unused on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // The bench, fuzz, scripts and cluster test are CommonJS run by Node.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      // `const crypto = require("crypto")` is how CommonJS names a module
      // that is also a global.
      "no-redeclare": ["error", { builtinGlobals: false }],
    },
  },
  {
    files: ["src/admin/**/*.{ts,tsx}", "demo/storefront/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    // The rules of hooks, as Medusa's dashboard keeps them; not the React
    // Compiler's rules that react-hooks 7 adds to its recommended set.
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["**/__tests__/**", "integration-tests/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  prettier
)
