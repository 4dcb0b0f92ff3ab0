import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { composeSupergraph } from "./compose-supergraph.js";
import { nationalHashFile } from "./supergraph-file.js";

/** `npm run compose -- FILE`: writes the supergraph a production gateway is started with. */
const out = process.argv[2] ?? "supergraph.graphql";
const { supergraphSdl, nationalSdlHash } = await composeSupergraph();
writeFileSync(out, supergraphSdl);
// The gateway checks every national deployment against this hash (see gateway/health/schema-watch.ts).
writeFileSync(nationalHashFile(out), `${nationalSdlHash}\n`);
process.stderr.write(`supergraph written to ${out} (national schema ${nationalSdlHash.slice(0, 12)}...)\n`);
