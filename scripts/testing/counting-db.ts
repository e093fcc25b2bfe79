import { createCountingClient } from "./query-counter";

/** One counting client per test process, shared by the mocked db module and the test that reads its count. */
export const countingDb = createCountingClient();
