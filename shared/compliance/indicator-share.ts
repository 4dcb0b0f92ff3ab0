/**
 * An indicator's share (red-teamed of high-risk deployments, notified within 72 h of those requiring
 * notification), to three decimals; null when there is nothing to divide. One rounding for the country's
 * figures and the board's record of them, so that the two read the same when the counts do.
 */
export function indicatorShare(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}
