/**
 * The links a matter has made, kept in its proposal state, and which way each one runs: the
 * decision that comes first (upstream) and the one that follows from it (downstream).
 */
import type { LinkEnd, LinkKind } from './commands.js';
import { FORWARD_KINDS } from './commands.js';
import type { DecisionLinkedData } from './events.js';

export interface LinkState {
  readonly resolution?: string;
  readonly kind: LinkKind;
  readonly from: LinkEnd;
  readonly to: LinkEnd;
  readonly note?: string;
}

/** The link as the event records it, without undefined fields. */
export function linkOf(data: DecisionLinkedData): LinkState {
  const { resolution, kind, from, to, note } = data;
  return {
    kind,
    from,
    to,
    ...(resolution === undefined ? {} : { resolution }),
    ...(note === undefined ? {} : { note }),
  };
}

/** Which matter comes first and which follows, for a link of `kind` made by `from` to `to`. */
export function flowOf(
  kind: LinkKind,
  from: string,
  to: string,
): { readonly upstream: string; readonly downstream: string } {
  return FORWARD_KINDS.includes(kind) ? { upstream: from, downstream: to } : { upstream: to, downstream: from };
}

/** Whether any of these links already runs from `upstream` to `downstream` (between the two matters). */
export function runsFromTo(links: readonly LinkState[], upstream: string, downstream: string): boolean {
  return links.some((link) => {
    const flow = flowOf(link.kind, link.from.proposalId, link.to.proposalId);
    return flow.upstream === upstream && flow.downstream === downstream;
  });
}
