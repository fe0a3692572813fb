/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The app is a static single page; compiled data lives in public/data and is fetched at run time.
export default defineConfig({
  plugins: [svelte()],
  base: "./",
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1024,
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    env: { TZ: "UTC" },
  },
});
