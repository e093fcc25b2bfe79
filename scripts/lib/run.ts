import { spawn } from "node:child_process";

/**
 * Runs a command with the given extra environment, forwarding SIGINT/SIGTERM to it so that a stop
 * reaches the real process (npm/npx wrappers do not reliably forward signals). Resolves with its exit code.
 */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs a command and throws when it fails, naming it. */
export async function runOrThrow(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const code = await run(command, args, env);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
}

export const bin = (name: string) => `node_modules/.bin/${name}`;
