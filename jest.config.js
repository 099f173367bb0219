const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// Defaults that make the test runners work against the local PostgreSQL:
// "localhost" (not 127.0.0.1) keeps the runner from asking for SSL.
process.env.DB_HOST ??= "localhost"
process.env.DB_PORT ??= "5432"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""

const testMatchByType = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/**/*.spec.[jt]s"],
}

const testType = process.env.TEST_TYPE ?? "unit"

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { decoratorMetadata: true, legacyDecorator: true },
        },
      },
    ],
  },
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/integration-tests/summary-reporter.js"],
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.demo/"],
  setupFiles: ["./integration-tests/setup.js"],
  // The HTTP test files copy their databases from one migrated template;
  // the browser tests copy one migrated and seeded demo database.
  globalSetup: {
    "integration:http": "<rootDir>/integration-tests/helpers/http-database-template.ts",
    browser: "<rootDir>/integration-tests/browser/global-setup.ts",
  }[testType],
  testSequencer:
    testType === "integration:http"
      ? "<rootDir>/integration-tests/helpers/http-test-sequencer.js"
      : "@jest/test-sequencer",
  globalTeardown: {
    browser: "<rootDir>/integration-tests/browser/global-teardown.ts",
  }[testType],
  testMatch: testMatchByType[testType],
  testPathIgnorePatterns: testType === "integration:modules" ? ["\\.unit\\.spec\\.[jt]s$"] : [],
}
