import type { Dispatcher } from "undici";

/** Where a request goes, parsed once per endpoint rather than on every call. */
export interface PostTarget {
  origin: string;
  path: string;
}

/** A whole HTTP answer: its status and its body as text. */
export interface BufferedAnswer {
  status: number;
  text: string;
}

/** The deadline passed before the answer was complete (the request has been aborted, its connection closed). */
export class DeadlineExceeded extends Error {
  override readonly name = "TimeoutError";
}

/**
 * One POST through an undici dispatcher, its answer collected into one string, bounded by `timeoutMs`.
 *
 * Why not `dispatcher.request()`: on a fan-out the gateway makes one call per country per request, and
 * `request()` spends per call on what a small JSON answer read whole does not need: an AsyncResource, a
 * Readable body stream consumed by `.text()`, and an AbortSignal with its listeners and timer. This
 * handler keeps the chunks and decodes them once; its deadline is one plain timer that aborts the
 * request at whatever stage it is (queued, sending, waiting, reading), which closes its connection, so
 * the deployment sees its caller go. It rejects with `DeadlineExceeded` when the deadline passed, or
 * with undici's error (carrying a `code`) when the connection failed.
 */
export function bufferedPost(
  dispatcher: Dispatcher,
  target: PostTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<BufferedAnswer> {
  return new Promise<BufferedAnswer>((resolve, reject) => {
    dispatcher.dispatch({ origin: target.origin, path: target.path, method: "POST", headers, body }, new CollectedAnswer(resolve, reject, timeoutMs));
  });
}

/**
 * One GET, read whole and bounded by `timeoutMs` as `bufferedPost` is: for the small periodic checks
 * of every member (schema hash, health), which then cost a dispatch on a kept-alive connection instead
 * of, per member and per check, `fetch`'s streams, Headers and an AbortSignal whose timer fires long
 * after the answer.
 */
export function bufferedGet(dispatcher: Dispatcher, target: PostTarget, headers: Record<string, string>, timeoutMs: number): Promise<BufferedAnswer> {
  return new Promise<BufferedAnswer>((resolve, reject) => {
    dispatcher.dispatch({ origin: target.origin, path: target.path, method: "GET", headers }, new CollectedAnswer(resolve, reject, timeoutMs));
  });
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

class CollectedAnswer implements Dispatcher.DispatchHandler {
  private status = 0;
  private readonly chunks: Buffer[] = [];
  private length = 0;
  private controller: Dispatcher.DispatchController | null = null;
  private settled = false;
  private readonly deadline: NodeJS.Timeout;

  constructor(
    private readonly resolve: (answer: BufferedAnswer) => void,
    private readonly reject: (error: Error) => void,
    timeoutMs: number,
  ) {
    this.deadline = setTimeout(() => this.expire(timeoutMs), timeoutMs);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    // The deadline passed while the request waited for a connection: it never goes out.
    if (this.settled) controller.abort(new DeadlineExceeded("deadline passed before the request was sent"));
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number): void {
    // 1xx answers are informational: the real status follows.
    if (statusCode >= 200) this.status = statusCode;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  onResponseEnd(): void {
    if (this.settle()) this.resolve({ status: this.status, text: this.text() });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.settle()) this.reject(error);
  }

  private expire(timeoutMs: number): void {
    if (!this.settle()) return;
    const error = new DeadlineExceeded(`no answer within ${timeoutMs} ms`);
    this.controller?.abort(error);
    this.reject(error);
  }

  /** True the first time: an answer, an error or the deadline, whichever comes first, decides. */
  private settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    clearTimeout(this.deadline);
    return true;
  }

  private text(): string {
    const bytes = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.length);
    // As undici's `.text()` does: a UTF-8 byte order mark is not part of the text.
    const start = bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2] ? 3 : 0;
    return bytes.toString("utf8", start);
  }
}
