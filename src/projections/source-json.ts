/** Where an event was recorded from, as a read model stores it beside the fact it shows. */
import type { ProjectedEvent } from './projection.js';

/** The event's source as the audit trail shows it, in JSON; null when it was recorded without a source. */
export function sourceJson(event: ProjectedEvent): string | null {
  const source = event.metadata.source;
  return source
    ? JSON.stringify({ document: source.document, section: source.section ?? null, kind: source.kind ?? null })
    : null;
}
