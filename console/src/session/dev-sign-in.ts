/** The dev hub's "Sign in as" routes (served only while `npm start` runs its dev identity providers). */
export interface DevParticipants {
  roles: string[];
  participants: { code: string; name: string }[];
}

/** The dev participants, or undefined when this hub has no dev sign-in (any real deployment). */
export async function fetchDevParticipants(): Promise<DevParticipants | undefined> {
  const response = await fetch("/dev-sign-in/participants").catch(() => undefined);
  if (!response?.ok) return undefined;
  return (await response.json()) as DevParticipants;
}

export async function fetchDevToken(participant: string, roles: string[]): Promise<string> {
  const response = await fetch("/dev-sign-in/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ participant, roles }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `The dev identity provider answered ${response.status}.`);
  return body.token;
}
