/**
 * Idempotency keys on the client: one key per thing the patient means to do ("I did this exercise"),
 * kept while that intent is retried (a double tap, a dropped connection) and renewed only once the
 * server has answered, so a second session is a new intent. The server stores one log per key.
 */
export class SubmissionIntent {
  #key: string;

  constructor(private readonly makeKey: () => string = () => crypto.randomUUID()) {
    this.#key = makeKey();
  }

  get key(): string {
    return this.#key;
  }

  /** The server answered this intent: the next submission is a new one. */
  settle(): void {
    this.#key = this.makeKey();
  }
}

/**
 * Sends the intent, retrying with the same key when the request itself fails (the network dropped and
 * the first attempt may or may not have been stored). Settles the intent once the server answers; when
 * every attempt fails the key is kept, so the patient's own retry still cannot store a second log.
 */
export async function submitIntent<T>(intent: SubmissionIntent, send: (key: string) => Promise<T>, attempts = 3): Promise<T> {
  let failure: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const answer = await send(intent.key);
      intent.settle();
      return answer;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
