export interface IntegrityAnswer {
  valid: boolean;
  entries: number;
  head: string;
  brokenAt: number | null;
  from: number;
}

/** The integrity check's answer in plain words: "Valid…" or "Broken at entry N…", then what was checked. */
export function integrityText(answer: IntegrityAnswer): { headline: string; detail: string } {
  const scope =
    answer.from > 0
      ? `from the last verified checkpoint, entry ${answer.from}, to the last entry, ${answer.entries}`
      : `over all ${answer.entries} ${answer.entries === 1 ? "entry" : "entries"} from the first`;
  if (answer.valid) {
    if (answer.entries === 0) return { headline: "Valid", detail: "The log is empty: no other participant has read a non-public record yet." };
    return { headline: "Valid", detail: `The hash chain holds ${scope}.` };
  }
  if (answer.brokenAt === null) return { headline: "Broken", detail: `The hash chain does not hold (checked ${scope}); the hub did not say where.` };
  return {
    headline: `Broken at entry ${answer.brokenAt}`,
    detail: `Entry ${answer.brokenAt} does not match the hash chain (checked ${scope}): the log was changed behind the application's back from there on. Tell your operators.`,
  };
}
