import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    globalSetup: ["test/support/global-setup.ts"],
    // Budgets for a hung test, not waits: on a loaded machine (npm run test:repeat beside a CPU
    // burner and other work) a passing test may take several times its quiet-machine time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
