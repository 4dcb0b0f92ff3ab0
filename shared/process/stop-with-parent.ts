/**
 * Calls `onGone` once the process that started this one has died (this process is then adopted, and
 * its `ppid` changes). A launcher killed with SIGKILL, or a terminal closed, must not leave its
 * services and database running with nobody to stop them.
 */
export function onParentGone(onGone: () => void, pollMs = 1000): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
