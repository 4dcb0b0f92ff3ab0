import { useState } from "react";
import { useHubQuery } from "../graphql/use-hub";
import { downloadJson } from "../ui/download";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatDateTime } from "../ui/format";
import { Loading } from "../ui/Page";
import { AccessLogHeadCheckDocument, AccessLogHeadDocument } from "./documents";

/**
 * The log's head signed by the country's key, to keep somewhere a later edit of the database cannot
 * reach; and the check of a head kept earlier. Read only when opened: each read signs anew.
 */
export function SignedHead() {
  const [open, setOpen] = useState(false);
  return (
    <details className="card signed-head" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Signed head of the log, and checking a head kept earlier</summary>
      {open ? (
        <>
          <CurrentHead />
          <HeadCheck />
        </>
      ) : null}
    </details>
  );
}

function CurrentHead() {
  const query = useHubQuery(AccessLogHeadDocument, {});
  if (query.isPending) return <Loading what="the signed head" />;
  if (query.error) return <ErrorNotice error={query.error} title="The signed head could not be read" />;
  const country = query.data.data?.myCountry;
  const head = country?.accessLogHead;
  if (!country || !head) return <ErrorNotice error={new Error("The hub gave no head.")} />;
  return (
    <section aria-labelledby="head-title">
      <h3 id="head-title">The head now</h3>
      <dl className="facts">
        <div>
          <dt>Last entry</dt>
          <dd>{head.seq}</dd>
        </div>
        <div>
          <dt>Signed at</dt>
          <dd>{formatDateTime(head.at)}</dd>
        </div>
        <div>
          <dt>Key id</dt>
          <dd>{head.kid ? <code>{head.kid}</code> : "No signing key configured"}</dd>
        </div>
        <div className="wide">
          <dt>Hash of the last entry</dt>
          <dd>
            <code className="hash">{head.hash}</code>
          </dd>
        </div>
      </dl>
      {head.signature ? (
        <div className="form-field">
          <label htmlFor="head-signature">Signed head (compact JWS)</label>
          <textarea id="head-signature" readOnly rows={3} className="mono" value={head.signature} />
        </div>
      ) : (
        <p className="hint">This deployment has no signing key (HUB_ACCESS_LOG_SIGNING_KEY), so the head is not signed.</p>
      )}
      <p>
        <button type="button" onClick={() => downloadJson(`access-log-head-${country.code}-${head.seq}.json`, { country: country.code, ...head })}>
          Download the signed head (JSON)
        </button>
      </p>
    </section>
  );
}

function HeadCheck() {
  const [text, setText] = useState("");
  const [published, setPublished] = useState<string>();
  const query = useHubQuery(AccessLogHeadCheckDocument, { published: published ?? "" }, { enabled: published !== undefined });
  const check = query.data?.data?.myCountry?.accessLogHeadCheck;
  return (
    <section aria-labelledby="head-check-title">
      <h3 id="head-check-title">Check a head kept earlier</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) setPublished(text.trim());
        }}
      >
        <div className="form-field">
          <label htmlFor="head-check-input">A signed head published earlier (compact JWS)</label>
          <textarea id="head-check-input" rows={3} className="mono" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <p>
          <button type="submit">Check it against the log</button>
        </p>
      </form>
      {query.isFetching ? <Loading what="the check" /> : null}
      {query.error ? <ErrorNotice error={query.error} title="The head could not be checked" /> : null}
      {check ? (
        <p data-testid="access-log-head-check" role="status">
          {check.valid ? (
            <>
              <strong>Still holds</strong>: entry {check.seq} still has the hash published on {formatDateTime(check.publishedAt)}.
            </>
          ) : (
            <>
              <strong>Does not hold</strong>: {check.reason ?? `entry ${check.seq} no longer has the published hash`} (published{" "}
              <code className="hash">{check.publishedHash}</code>, now {check.currentHash ? <code className="hash">{check.currentHash}</code> : "no entry"}).
            </>
          )}
        </p>
      ) : null}
    </section>
  );
}
