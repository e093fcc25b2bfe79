import { describe, expect, it } from "vitest";
import { embeddedStartMessage, portInUseMessage, postgresUserMessage } from "./startup-errors";

const context = { port: 54329, dataDir: "/srv/rehabit/.data/postgres-dev", log: "" };
const errno = (code: string, message: string, extra: Record<string, string> = {}) =>
  Object.assign(new Error(message), { code, ...extra });

describe("embeddedStartMessage", () => {
  it("says the disk is full for ENOSPC and for PostgreSQL's own words", () => {
    const full = "The disk holding /srv/rehabit/.data/postgres-dev is full: free some space and start again, or set DATABASE_URL.";
    expect(embeddedStartMessage(errno("ENOSPC", "ENOSPC: no space left on device, mkdir"), context)).toBe(full);
    const initdb = new Error('Postgres init script failed (code: 1). ERROR OUTPUT: initdb: error: could not write file "base/1/1259": No space left on device');
    expect(embeddedStartMessage(initdb, context)).toBe(full);
    expect(embeddedStartMessage(undefined, { ...context, log: 'FATAL:  could not write lock file "postmaster.pid": No space left on device' })).toBe(full);
  });

  it("names the port and REHABIT_PG_PORT when the port is taken", () => {
    const log = 'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use\nFATAL:  could not create any TCP/IP sockets';
    expect(embeddedStartMessage(undefined, { ...context, log })).toBe(portInUseMessage(54329));
    expect(portInUseMessage(54329)).toMatch(/^Port 54329 is already in use.*REHABIT_PG_PORT=54330\.$/);
  });

  it("says another server runs on the data directory when its lock file is held", () => {
    const log = 'FATAL:  lock file "postmaster.pid" already exists\nHINT:  Is another postmaster (PID 123) running in data directory?';
    expect(embeddedStartMessage(undefined, { ...context, log })).toMatch(/^Another PostgreSQL is already running on \/srv\/rehabit\/\.data\/postgres-dev/);
  });

  it("names the path it was refused, from a failed spawn or from PostgreSQL's log", () => {
    const spawn = errno("EACCES", "spawn /root/app/node_modules/initdb EACCES", { path: "/root/app/node_modules/initdb" });
    expect(embeddedStartMessage(spawn, context)).toMatch(/^The embedded PostgreSQL was refused access to \/root\/app\/node_modules\/initdb: /);
    const log = 'FATAL:  could not open directory "/srv/rehabit/.data/postgres-dev": Permission denied';
    expect(embeddedStartMessage(undefined, { ...context, log })).toMatch(/refused access to \/srv\/rehabit\/\.data\/postgres-dev: .*DATABASE_URL\.$/);
  });

  it("quotes the last line of anything else and points at the verbose log", () => {
    const log = "[STDERR] LOG:  starting PostgreSQL 17\n[STDERR] FATAL:  invalid value for parameter \"port\"\n";
    expect(embeddedStartMessage(undefined, { ...context, log })).toBe(
      'The embedded PostgreSQL did not start (FATAL:  invalid value for parameter "port"): run again with REHABIT_PG_VERBOSE=1 to see its log, or set DATABASE_URL to use your own server.',
    );
    expect(embeddedStartMessage(undefined, context)).toMatch(/^The embedded PostgreSQL did not start: run again/);
  });
});

describe("postgresUserMessage", () => {
  it("tells root to move a checkout others cannot enter", () => {
    expect(postgresUserMessage("/root", "checkout")).toBe(
      "The embedded PostgreSQL runs as user postgres, which cannot enter /root: move the checkout to a folder others can enter (e.g. /srv/rehabit) or set DATABASE_URL.",
    );
  });

  it("points at TMPDIR when the data folder is the closed one", () => {
    expect(postgresUserMessage("/root/tmp", "data")).toMatch(/cannot enter \/root\/tmp: point TMPDIR at a folder others can enter or set DATABASE_URL\.$/);
  });
});
