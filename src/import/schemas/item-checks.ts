/**
 * Checks inside one agenda item that need more than one field: an agreed option must have been
 * tabled, letters and partners appear once, a pledge knows its fund, an action cites a decision
 * of its own item. Each issue points at the offending field so the clerk sees its line.
 */
import type { z } from 'zod';

interface ItemShape {
  readonly options?: Record<string, string> | undefined;
  readonly positions?: ReadonlyArray<{ organisation: string; option?: string | undefined }> | undefined;
  readonly decisions?:
    | ReadonlyArray<{
        ref: string;
        agrees?: string | undefined;
        fund?: unknown;
        pledges?: ReadonlyArray<{ organisation: string; fund?: string | undefined }> | undefined;
      }>
    | undefined;
  readonly referrals?: ReadonlyArray<{ body: string }> | undefined;
  readonly actions?:
    ReadonlyArray<{ ref?: string | undefined; decision?: string | undefined; parent?: string | undefined }> | undefined;
  readonly links?: ReadonlyArray<{ decision?: string | undefined }> | undefined;
}

type Context = z.core.$RefinementCtx<ItemShape>;

function report(context: Context, path: Array<string | number>, message: string): void {
  context.addIssue({ code: 'custom', path, message });
}

/** Reports the second and later appearances of the same key in a list. */
function once<T>(
  context: Context,
  list: readonly T[] | undefined,
  at: Array<string | number>,
  keyOf: (entry: T) => string | undefined,
  what: string,
): void {
  const seen = new Map<string, number>();
  list?.forEach((entry, index) => {
    const key = keyOf(entry);
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else report(context, [...at, index], `${what} "${key}" appears twice in this list (first as entry ${first + 1})`);
  });
}

function checkOptions(item: ItemShape, context: Context): void {
  const tabled = Object.keys(item.options ?? {});
  const known = (option: string) => tabled.includes(option);
  const list = tabled.length > 0 ? `(${tabled.join(', ')})` : '(this item tables no options)';
  item.positions?.forEach((position, index) => {
    if (position.option !== undefined && !known(position.option)) {
      report(
        context,
        ['positions', index, 'option'],
        `option "${position.option}" is not among this item's options ${list}`,
      );
    }
  });
  if (item.positions && item.positions.length > 0 && tabled.length === 0) {
    report(context, ['positions'], 'positions are taken on options: list the options tabled under options');
  }
  const agreeing = (item.decisions ?? []).flatMap((decision, index) =>
    decision.agrees === undefined ? [] : [{ decision, index }],
  );
  for (const { decision, index } of agreeing) {
    if (!known(decision.agrees!))
      report(
        context,
        ['decisions', index, 'agrees'],
        `option "${decision.agrees}" is not among this item's options ${list}`,
      );
  }
  for (const { index } of agreeing.slice(1))
    report(context, ['decisions', index, 'agrees'], 'a matter agrees one option; this item already agrees one');
}

function checkDecisions(item: ItemShape, context: Context): void {
  item.decisions?.forEach((decision, index) => {
    once(
      context,
      decision.pledges,
      ['decisions', index, 'pledges'],
      (pledge) => pledge.organisation,
      'the organisation',
    );
    decision.pledges?.forEach((pledge, pledgeIndex) => {
      if (pledge.fund === undefined && decision.fund === undefined) {
        report(
          context,
          ['decisions', index, 'pledges', pledgeIndex, 'fund'],
          'say which fund the pledge is to, or open the fund in this decision',
        );
      }
    });
  });
}

function checkActions(item: ItemShape, context: Context): void {
  const letters = new Set((item.decisions ?? []).map((decision) => decision.ref));
  const refs = new Set((item.actions ?? []).map((action, index) => action.ref ?? String(index + 1)));
  const cite = (letter: string | undefined, at: Array<string | number>) => {
    if (letter !== undefined && !letters.has(letter))
      report(
        context,
        at,
        `this item has no decision "${letter}" (its decisions are ${[...letters].join(', ') || 'none'})`,
      );
  };
  item.links?.forEach((link, index) => cite(link.decision, ['links', index, 'decision']));
  item.actions?.forEach((action, index) => {
    cite(action.decision, ['actions', index, 'decision']);
    if (action.parent !== undefined && !refs.has(action.parent)) {
      report(context, ['actions', index, 'parent'], `this item has no action "${action.parent}"`);
    }
  });
}

export function checkItem(item: ItemShape, context: Context): void {
  once(context, item.positions, ['positions'], (position) => position.organisation, 'the organisation');
  once(context, item.decisions, ['decisions'], (decision) => decision.ref, 'the decision letter');
  once(context, item.referrals, ['referrals'], (referral) => referral.body, 'the body');
  once(context, item.actions, ['actions'], (action) => action.ref, 'the action reference');
  checkOptions(item, context);
  checkDecisions(item, context);
  checkActions(item, context);
}
