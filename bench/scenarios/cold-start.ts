import type { DevHub } from "../dev-hub.js";
import { answerOf } from "../load.js";
import { FIRST_QUERY } from "../queries.js";

/** 5. Cold start: seconds from `npm start` on the hub's existing data to the first fully answered query. */
export async function measureColdStart(hub: DevHub, token: string): Promise<number> {
  await hub.stop();
  const started = Date.now();
  hub.spawnOnly();
  try {
    for (;;) {
      if (Date.now() - started > 300_000) throw new Error(`no answer 5 min after npm start:\n${hub.log}`);
      try {
        await answerOf(hub.gatewayUrl, token, FIRST_QUERY);
        return (Date.now() - started) / 1000;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  } finally {
    await hub.stop();
  }
}
