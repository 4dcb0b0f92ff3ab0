import { existsSync, rmSync } from "node:fs";
import { devLayout } from "./dev-layout.js";

/** `npm run reset`: forgets the dev hub (databases, keys, logs). Stop `npm start` first. */
const layout = devLayout();
if (existsSync(layout.dataDir)) rmSync(layout.dataDir, { recursive: true, force: true });
process.stdout.write(`removed ${layout.dataDir}\n`);
