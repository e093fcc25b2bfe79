import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  "server-only": path.join(root, "scripts/testing/empty-module.ts"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,components,prisma,scripts}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,scripts}/**/*.integration.test.ts"],
          environment: "node",
          setupFiles: ["scripts/testing/integration-setup.ts"],
          // One database, shared: files run one after another so timing-sensitive checks stay honest.
          fileParallelism: false,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
