import { DEMO_PASSWORD, type DemoUser } from "./accounts.js";

/**
 * The providers' pages, rendered on the server: plain HTML with its small style inline (no script, no
 * font, nothing fetched from elsewhere), labelled fields and real headings, so that a keyboard or a
 * screen reader gets through a sign-in as easily as a mouse, and a browser test finds things by name.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
label{display:block;margin-top:.75rem;font-weight:600}input{font:inherit;padding:.4rem;width:100%;max-width:20rem;box-sizing:border-box}
button{font:inherit;padding:.4rem 1rem;margin:1rem .5rem 0 0}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #888;padding:.25rem .6rem;text-align:left}.error{border:2px solid #a00;padding:.5rem;color:#700}
.dev{background:#fff4ce;padding:.5rem;border:1px solid #c9a400}`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

export interface LoginPage {
  providerName: string;
  clientName: string;
  action: string;
  abortAction: string;
  users: readonly DemoUser[];
  username?: string;
  error?: string;
}

export function loginPage(p: LoginPage): string {
  const rows = p.users
    .map((u) => `<tr><td><code>${escapeHtml(u.username)}</code></td><td>${escapeHtml(u.roles.join(", "))}</td></tr>`)
    .join("");
  return page(
    `Sign in: ${p.providerName}`,
    `<h1>Sign in at ${escapeHtml(p.providerName)}</h1>
<p>${escapeHtml(p.clientName)} asks you to sign in.</p>
${p.error ? `<p class="error" role="alert" id="error">${escapeHtml(p.error)}</p>` : ""}
<form method="post" action="${escapeHtml(p.action)}">
<label for="username">User name</label>
<input id="username" name="username" autocomplete="username" required value="${escapeHtml(p.username ?? "")}"${p.error ? ' aria-describedby="error"' : ""}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<form method="post" action="${escapeHtml(p.abortAction)}"><button type="submit">Cancel</button></form>
<section aria-labelledby="demo-users" class="dev">
<h2 id="demo-users">Demo users (development only)</h2>
<p>Every demo user's password is <code>${DEMO_PASSWORD}</code>.</p>
<table><thead><tr><th scope="col">User name</th><th scope="col">Roles</th></tr></thead><tbody>${rows}</tbody></table>
</section>`,
  );
}

export function logoutPage(providerName: string, form: string, formId: string, signedInAs?: string): string {
  return page(
    `Sign out: ${providerName}`,
    `<h1>Sign out of ${escapeHtml(providerName)}</h1>
${signedInAs ? `<p>You are signed in as <code>${escapeHtml(signedInAs)}</code>.</p>` : ""}
${form}
<button type="submit" form="${escapeHtml(formId)}" name="logout" value="yes" autofocus>Sign out</button>
<button type="submit" form="${escapeHtml(formId)}">Stay signed in</button>`,
  );
}

export function signedOutPage(providerName: string): string {
  return page(`Signed out: ${providerName}`, `<h1>Signed out</h1><p>You are signed out of ${escapeHtml(providerName)}.</p>`);
}

export function errorPage(providerName: string, error: string, description?: string): string {
  return page(
    `Sign-in error: ${providerName}`,
    `<h1>The sign-in could not go on</h1>
<p class="error" role="alert"><strong>${escapeHtml(error)}</strong>${description ? `: ${escapeHtml(description)}` : ""}</p>
<p>Start again from the application you came from.</p>`,
  );
}
