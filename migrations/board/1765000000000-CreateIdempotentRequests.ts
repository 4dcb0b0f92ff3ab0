// The board keeps idempotency keys for its mutations in the same table as every national deployment.
export { CreateIdempotentRequests1765000000000 } from "../national/1765000000000-CreateIdempotentRequests.js";
