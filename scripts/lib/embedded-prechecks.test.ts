import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closedAncestor, isPortInUse } from "./embedded-prechecks";

describe("closedAncestor", () => {
  const made: string[] = [];
  const tempRoot = (mode: number) => {
    const root = mkdtempSync(path.join(os.tmpdir(), "rehabit-access-"));
    chmodSync(root, mode);
    made.push(root);
    return root;
  };
  afterEach(() => made.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  it("names the folder others cannot enter, like a checkout under /root (mode 0700)", () => {
    const root = tempRoot(0o755);
    const home = path.join(root, "home");
    const bin = path.join(home, "app", "node_modules", "bin");
    mkdirSync(bin, { recursive: true });
    chmodSync(home, 0o700);
    expect(closedAncestor(bin)).toBe(home);
  });

  it("is null when every folder on the way is enterable, and skips folders not created yet", () => {
    const root = tempRoot(0o711);
    expect(closedAncestor(path.join(root, "not-yet", "postgres-dev"))).toBeNull();
  });

  it("checks the target itself and stops at the first closed folder from the top", () => {
    const modes: Record<string, number> = { "/": 0o755, "/a": 0o750, "/a/b": 0o700 };
    expect(closedAncestor("/a/b", (dir) => (dir in modes ? { mode: modes[dir]! } : null))).toBe("/a");
  });
});

describe("isPortInUse", () => {
  it("is true while something listens on the port and false once it stops", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as net.AddressInfo;
    expect(await isPortInUse(port)).toBe(true);
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    expect(await isPortInUse(port)).toBe(false);
  });
});
