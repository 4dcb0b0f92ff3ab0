import "reflect-metadata";
import { composeSupergraph } from "./compose-supergraph.js";
import { writeSupergraphFile } from "./supergraph-file.js";

/** `npm run compose -- FILE`: writes the supergraph a production gateway is started with. */
const out = process.argv[2] ?? "supergraph.graphql";
const composed = await composeSupergraph();
// The gateway checks every national deployment against the hash (see gateway/health/schema-watch.ts).
writeSupergraphFile(out, composed);
process.stderr.write(`supergraph written to ${out} (national schema ${composed.nationalSdlHash.slice(0, 12)}...)\n`);
