import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { devLayout } from "./dev-layout.js";

/** `npm run reset`: forgets the dev hub (databases, keys, logs). Refuses while the hub is running. */
const layout = devLayout();
const table = join(layout.runDir, "processes.json");
if (existsSync(table)) {
  const running = (JSON.parse(readFileSync(table, "utf8")) as { name: string; pid: number | null }[]).filter(
    ({ pid }) => pid !== null && isAlive(pid),
  );
  if (running.length > 0) {
    process.stderr.write(`The hub is running (${running.map((p) => `${p.name} pid ${p.pid}`).join(", ")}): stop it with Ctrl-C first.\n`);
    process.exit(1);
  }
}
if (existsSync(layout.dataDir)) rmSync(layout.dataDir, { recursive: true, force: true });
process.stdout.write(`removed ${layout.dataDir}\n`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
