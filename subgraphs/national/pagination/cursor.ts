import { badUserInput } from "../../../shared/errors/hub-errors.js";

/** Position in a list ordered by (time DESC, id DESC): stable while records are added. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");
}

export function decodeCursor(text: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    const date = new Date(String(at));
    if (typeof at !== "string" || Number.isNaN(date.getTime()) || typeof id !== "string" || !UUID.test(id)) {
      throw new Error("bad cursor");
    }
    return { at: date, id };
  } catch {
    throw badUserInput("`after` is not a cursor returned by this list.", "after");
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
