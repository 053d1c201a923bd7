/** Today's date (UTC) as YYYY-MM-DD: the default for "overdue as of", read at the edge, never in the domain. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
