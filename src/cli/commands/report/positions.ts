/**
 * Partners' positions as a reader of the minutes would say them: minuted positions one a line,
 * positions the ledger infers from a collective sentence grouped under that sentence, quoted once.
 */
import type { DecisionView } from '../../../projections/decision-register/index.js';

type Position = DecisionView['positions'][number];

const stanceWords: Record<Position['stance'], string> = {
  support: 'support',
  'support-with-concerns': 'support with concerns',
  concerns: 'concerns, not supporting',
  oppose: 'oppose',
  abstain: 'abstain',
};

function organisationName(decision: DecisionView, organisationId: string): string {
  return decision.organisationNames[organisationId] ?? organisationId;
}

/** How a line names an organisation: the table through the directory's names, a CSV cell through the view's. */
type NameOf = (organisationId: string) => string;

function positionText(position: Position, nameOf: NameOf): string {
  const option = position.option ? ` option ${position.option}` : '';
  const speaker = position.spokenBy ? ` [${position.spokenBy}]` : '';
  const note = position.note ? `: ${position.note}` : '';
  return `${nameOf(position.organisationId)}: ${stanceWords[position.stance]}${option}${speaker}${note}`;
}

/** One line per position for CSV cells: the stance, whether minuted or inferred, and the minutes' words. */
export function positionCell(decision: DecisionView, position: Position): string {
  const basis = position.inferredFrom === null ? 'minuted' : `inferred from "${position.inferredFrom}"`;
  return `${positionText(position, (id) => organisationName(decision, id))} (${basis})`;
}

export function positionLines(decision: DecisionView, nameOf: NameOf): string[] {
  const minuted = decision.positions.filter((position) => position.inferredFrom === null);
  const statements = [
    ...new Set(
      decision.positions.flatMap((position) => (position.inferredFrom === null ? [] : [position.inferredFrom])),
    ),
  ];
  const none = decision.noPositionRecorded.map(nameOf);
  return [
    ...minuted.map((position) => `  Position, as minuted: ${positionText(position, nameOf)}`),
    ...statements.flatMap((statement) => [
      `  Positions inferred from the minutes' words "${statement}":`,
      ...decision.positions
        .filter((position) => position.inferredFrom === statement)
        .map((position) => `    ${positionText(position, nameOf)}`),
    ]),
    ...(none.length > 0 ? [`  No position recorded: ${none.join(', ')}`] : []),
  ];
}
