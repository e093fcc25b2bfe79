import { defineConfig } from "prisma/config";
import { createCliAdapter } from "./prisma/cli-adapter";

// Defect 1 (stack-notes.md): with DATABASE_URL unset the CLI silently falls back to the native engine
// and reports a misleading download error, even for `prisma generate`, which needs no database.
const databaseUrl = (process.env.DATABASE_URL ??= "postgresql://localhost:5432/rehabit_unset");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // A folder: Prisma reads every .prisma file in it (one per domain; base.prisma holds the generator and
  // datasource). Without migrations.path, Prisma would look for migrations beside the datasource's file
  // (prisma/schema/migrations); this keeps them where they have always been.
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  adapter: async () => createCliAdapter(databaseUrl),
});
