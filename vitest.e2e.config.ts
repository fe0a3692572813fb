import { defineConfig } from "vitest/config";

// Browser journeys against the built app in real Chromium; run after `vite build`.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    env: { TZ: "UTC" },
  },
});
