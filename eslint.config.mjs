import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// portal-data.ts: the portal's reads of a domain whose data.ts serves the clinic side (lib/progress).
const domainDataFiles = ["lib/*/data.ts", "lib/*/portal-data.ts", "lib/*/mutations.ts", "lib/core/auth/data.ts", "lib/core/auth/mutations.ts", "lib/core/db.ts"];

export default tseslint.config(
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name=/^\\$(queryRawUnsafe|executeRawUnsafe)$/]", message: "Use tagged $queryRaw." },
      ],
    },
  },
  {
    // Only data and mutation modules talk to the database (style.md).
    files: ["app/**", "components/**", "lib/**"],
    ignores: domainDataFiles,
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/core/db", "**/core/db"], message: "Only data.ts and mutations.ts import the database client." }] },
      ],
    },
  },
  {
    // Infrastructure imports no domain; UI never reaches into a domain's data layer.
    files: ["lib/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/lib/(?!core/|generated/)", message: "lib/core must not import a domain." },
            { regex: "^@/(app|components)/", message: "lib must not import UI." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/lib/[^/]+/(data|portal-data|mutations)$", message: "UI goes through loaders and actions, never data or mutations." },
            { regex: "^@/lib/generated/", message: "UI uses DTOs from types.ts, never Prisma types." },
            { regex: "^@/lib/core/db$", message: "Only data.ts and mutations.ts import the database client." },
          ],
        },
      ],
    },
  },
  {
    // Scripts and tests print to the console on purpose.
    files: ["scripts/**", "prisma/**", "e2e/**", "**/*.test.ts"],
    rules: { "no-console": "off" },
  },
);
