import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { composeSupergraph } from "./compose-supergraph.js";

/** `npm run compose -- FILE`: writes the supergraph a production gateway is started with. */
const out = process.argv[2] ?? "supergraph.graphql";
const { supergraphSdl } = await composeSupergraph();
writeFileSync(out, supergraphSdl);
process.stderr.write(`supergraph written to ${out}\n`);
