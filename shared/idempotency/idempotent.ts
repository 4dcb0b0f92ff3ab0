import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { badUserInput } from "../errors/hub-errors.js";

export interface IdempotencyScope {
  /** Who retries: a key belongs to one caller. */
  country: string;
  subject: string;
  /** Which mutation: the same key may be used by different mutations. */
  operation: string;
}

export const IDEMPOTENCY_KEY_MAX = 200;

export const IDEMPOTENCY_KEY_DESCRIPTION =
  "Retrying with the same key (after a timeout, say) returns the first result and writes nothing twice.";

/**
 * Runs a mutation once per idempotency key. A retry with the same key and the same request returns the
 * first result and writes nothing; the same key with a different request is refused. Racing retries are
 * serialised on the key. Without a key the mutation simply runs, in one transaction; an empty key is refused.
 * Needs the `idempotent_request` table (a migration in each subgraph's database).
 */
export async function idempotent<T, P = undefined>(
  db: DataSource,
  scope: IdempotencyScope,
  key: string | null | undefined,
  request: unknown,
  run: (manager: EntityManager, prepared: P) => Promise<{ id: string; result: T }>,
  load: (manager: EntityManager, id: string) => Promise<T>,
  /**
   * Work the mutation needs before its transaction (asking another service), done only for a request
   * not seen before: a retry of one that succeeded returns its result without depending on it.
   */
  prepare?: () => Promise<P>,
): Promise<T> {
  const prepareNow = async () => (prepare ? await prepare() : (undefined as P));
  if (key === null || key === undefined) {
    const prepared = await prepareNow();
    return db.transaction(async (manager) => (await run(manager, prepared)).result);
  }
  const trimmed = key.trim();
  // An empty key taken as "no key" would let a retry write a duplicate: the client meant to be safe.
  if (!trimmed) throw badUserInput("`idempotencyKey` must not be empty: send a unique key, or leave the argument out.", "idempotencyKey");
  if (trimmed.length > IDEMPOTENCY_KEY_MAX) {
    throw badUserInput(`\`idempotencyKey\` must be at most ${IDEMPOTENCY_KEY_MAX} characters.`, "idempotencyKey");
  }
  const requestHash = createHash("sha256").update(JSON.stringify(request ?? null)).digest("hex");
  const ids = [scope.country, scope.subject, scope.operation, trimmed];
  const earlierOf = async (manager: Pick<EntityManager, "query">) =>
    ((await manager.query(
      `SELECT request_hash, result_id FROM idempotent_request WHERE caller_country = $1 AND caller_subject = $2 AND operation = $3 AND key = $4`,
      ids,
    )) as { request_hash: string; result_id: string }[])[0];
  // Unlocked peek: a key already used is answered (replayed or refused) below without preparing anything.
  const prepared = prepare && !(await earlierOf(db)) ? await prepare() : undefined;
  return db.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [JSON.stringify(ids)]);
    const earlier = await earlierOf(manager);
    if (earlier) {
      if (earlier.request_hash !== requestHash) {
        throw badUserInput("This `idempotencyKey` was already used for a different request.", "idempotencyKey");
      }
      return load(manager, earlier.result_id);
    }
    // Reached only when the peek found the key unused (rows are never deleted), so `prepare` has run; a
    // racing retry that also found it unused prepared too, and is answered from the winner's row above.
    const { id, result } = await run(manager, prepared as P);
    await manager.query(
      `INSERT INTO idempotent_request (caller_country, caller_subject, operation, key, request_hash, result_id, at) VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [...ids, requestHash, id],
    );
    return result;
  });
}

/** The table `idempotent()` keeps its keys in; both subgraphs' migrations create it. */
export const CREATE_IDEMPOTENT_REQUEST_TABLE = `
  CREATE TABLE idempotent_request (
    caller_country varchar(8) NOT NULL,
    caller_subject text NOT NULL,
    operation text NOT NULL,
    key text NOT NULL,
    request_hash char(64) NOT NULL,
    result_id uuid NOT NULL,
    at timestamptz(3) NOT NULL,
    PRIMARY KEY (caller_country, caller_subject, operation, key)
  )`;
