import { formatDateTime, humanize } from "../ui/format";
import type { LogEntry } from "./access-log-csv";

const plural = (n: number, kind: string) => `${n} ${humanize(kind).toLowerCase()}${n === 1 ? "" : "s"}`;

/** One row per entry: who read, when, what (records given, or a number counted), under which grant. */
export function LogTable({ entries, country }: { entries: readonly LogEntry[]; country: string }) {
  return (
    <div className="table-scroll">
      <table className="log-table">
        <caption className="visually-hidden">{country}'s access log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">When</th>
            <th scope="col">Reader</th>
            <th scope="col">What</th>
            <th scope="col">Under grant</th>
            <th scope="col">Hashes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq} data-testid="access-log-entry" data-reader-country={entry.callerCountry}>
              <td>
                <span className="mono">#{entry.seq}</span>
                <br />
                <span className={`kind kind-${entry.entryKind.toLowerCase()}`}>{entry.entryKind === "READ" ? "Read" : "Count"}</span>
              </td>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>
                <strong data-testid="access-log-reader">{entry.callerCountry}</strong> · {entry.callerSubject}
                <br />
                <span className="hint">{entry.callerRole}</span>
              </td>
              <td>
                {entry.entryKind === "READ" ? (
                  <details>
                    <summary>{plural(entry.recordIds.length, entry.recordKind)} given</summary>
                    <ul className="ids">
                      {entry.recordIds.map((id) => (
                        <li key={id}>
                          <code>{id}</code>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <>
                    Counted {plural(entry.counted ?? 0, entry.recordKind)}
                    {entry.filterHash ? (
                      <>
                        <br />
                        <span className="hint">
                          filter <code className="hash">{entry.filterHash.slice(0, 12)}…</code>
                        </span>
                      </>
                    ) : null}
                  </>
                )}
              </td>
              <td>
                {entry.grantIds.length === 0 ? (
                  <span className="hint">{entry.entryKind === "READ" ? "None (shared records)" : "None in force"}</span>
                ) : (
                  <ul className="ids">
                    {entry.grantIds.map((id) => (
                      <li key={id}>
                        <code>{id}</code>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <details>
                  <summary>
                    <span className="visually-hidden">Hashes of entry {entry.seq}: </span>
                    <code className="hash">{entry.hash.slice(0, 12)}…</code>
                  </summary>
                  <dl className="hashes">
                    <dt>Entry</dt>
                    <dd>
                      <code className="hash">{entry.hash}</code>
                    </dd>
                    <dt>Operation</dt>
                    <dd>
                      <code className="hash">{entry.operationHash}</code>
                    </dd>
                    {entry.filterHash ? (
                      <>
                        <dt>List and filter</dt>
                        <dd>
                          <code className="hash">{entry.filterHash}</code>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
