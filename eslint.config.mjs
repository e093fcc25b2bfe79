import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// The modules that talk to the database (style.md); audit.ts writes its events inside the caller's transaction.
const databaseModules = ["lib/*/data.ts", "lib/*/mutations.ts", "lib/core/auth/data.ts", "lib/core/auth/mutations.ts", "lib/core/db.ts", "lib/core/audit.ts"];
const databaseRule = { group: ["@/lib/core/db", "**/core/db", "./db", "../db"], message: "Only data.ts and mutations.ts import the database client." };
const coreRules = [
  { regex: "^@/lib/(?!core/|generated/)", message: "lib/core must not import a domain." },
  { regex: "^@/(app|components)/", message: "lib must not import UI." },
];

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
    ignores: databaseModules,
    rules: { "no-restricted-imports": ["error", { patterns: [databaseRule] }] },
  },
  {
    // Infrastructure imports no domain, and keeps the database rule (a later block replaces a rule whole).
    files: ["lib/core/**"],
    ignores: databaseModules,
    rules: { "no-restricted-imports": ["error", { patterns: [databaseRule, ...coreRules] }] },
  },
  {
    files: databaseModules.filter((glob) => glob.startsWith("lib/core/")),
    rules: { "no-restricted-imports": ["error", { patterns: coreRules }] },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/lib/[^/]+/(data|mutations)$", message: "UI goes through loaders and actions, never data or mutations." },
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
