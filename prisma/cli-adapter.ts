/**
 * The driver adapter that Prisma's CLI (migrate, db, studio) uses through prisma.config.ts.
 * Prisma 6.19's native schema engine would be downloaded from outside the npm registry, which these
 * machines cannot reach, so the CLI runs the WASM schema engine over this adapter instead. That path
 * has known defects (stack-notes.md); each fix below names the one it answers. The app itself does
 * not use this module (see lib/core/db.ts).
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Defect 2: catalog columns of these Postgres types "could not be deserialized" (prisma/orm#27403).
// Report them as text / text[], which is what the schema engine reads them as anyway.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const CATALOG_TYPES_AS_TEXT = new Map<number, number>([
  [19, TEXT], // name
  [18, TEXT], // "char"
  [24, TEXT], // regproc
  [28, TEXT], // xid
  [2205, TEXT], // regclass
  [2206, TEXT], // regtype
  [1002, TEXT_ARRAY], // _char
  [1003, TEXT_ARRAY], // _name
]);

type PerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
type QueryRaw = (query: unknown) => Promise<{ columnNames: string[]; columnTypes: number[]; rows: unknown[][] }>;
let catalogTypesPatched = false;

// Defect 7: the schema engine reads pg_constraint.contype ("char") as a single character
// (get_expect_char("constraint_type")) when describing CHECK and exclusion constraints; reported as
// text (defect 2) it panics ("RuntimeError: unreachable") as soon as a table has a CHECK constraint.
// Only that column is reported as a character: the engine reads its other "char" columns as strings.
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
const CHARACTER_COLUMNS = new Set(["constraint_type"]);

function patchCatalogTypes(adapter: object) {
  if (catalogTypesPatched) return;
  // performIO lives on the adapter's base class, shared with transactions, so one patch covers both.
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { performIO: PerformIO; queryRaw: QueryRaw };
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) {
      field.dataTypeID = CATALOG_TYPES_AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
    }
    return result;
  };
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (this: unknown, query: unknown) {
    const result = await queryRaw.call(this, query);
    result.columnNames.forEach((name, index) => {
      const oneCharacter = result.rows.every((row) => {
        const value = row[index];
        return value === null || (typeof value === "string" && value.length === 1);
      });
      if (CHARACTER_COLUMNS.has(name) && oneCharacter) result.columnTypes[index] = CHARACTER_COLUMN;
    });
    return result;
  };
  catalogTypesPatched = true;
}

// Defect 4: the CLI never ends its pool and the WASM engine arms long timers, so commands linger for
// up to a minute after finishing. Let idle pools and long timers not keep the process alive.
function letLongTimersExit() {
  const setTimeoutOriginal = globalThis.setTimeout;
  const patched = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const timer = setTimeoutOriginal(handler as () => void, timeout, ...args);
    if ((timeout ?? 0) > 5_000) (timer as { unref?: () => void }).unref?.();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, setTimeoutOriginal);
}

function databaseUrlFor(connectionString: string, database: string) {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

export function createCliAdapter(connectionString: string) {
  letLongTimersExit();
  const factory = new PrismaPg({ connectionString, allowExitOnIdle: true });
  const connect = factory.connect.bind(factory);

  factory.connect = async () => {
    const adapter = await connect();
    patchCatalogTypes(adapter);
    return adapter;
  };

  // Defect 3: the stock shadow connection either points at the main database or cannot drop the
  // shadow database while its own pool is open. Create a uniquely named one, and on dispose close
  // its pool first, then drop it.
  factory.connectToShadowDb = async () => {
    const admin = new pg.Pool({ connectionString, max: 1, allowExitOnIdle: true });
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({
      connectionString: databaseUrlFor(connectionString, database),
      allowExitOnIdle: true,
    }).connect();
    patchCatalogTypes(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };

  return factory;
}
