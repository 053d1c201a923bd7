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

export function organisationName(decision: DecisionView, organisationId: string): string {
  return decision.organisationNames[organisationId] ?? organisationId;
}

function positionText(decision: DecisionView, position: Position): string {
  const option = position.option ? ` option ${position.option}` : '';
  const speaker = position.spokenBy ? ` [${position.spokenBy}]` : '';
  const note = position.note ? `: ${position.note}` : '';
  return `${organisationName(decision, position.organisationId)}: ${stanceWords[position.stance]}${option}${speaker}${note}`;
}

/** One line per position for CSV cells: the stance, whether minuted or inferred, and the minutes' words. */
export function positionCell(decision: DecisionView, position: Position): string {
  const basis = position.inferredFrom === null ? 'minuted' : `inferred from "${position.inferredFrom}"`;
  return `${positionText(decision, position)} (${basis})`;
}

export function positionLines(decision: DecisionView): string[] {
  const minuted = decision.positions.filter((position) => position.inferredFrom === null);
  const statements = [
    ...new Set(
      decision.positions.flatMap((position) => (position.inferredFrom === null ? [] : [position.inferredFrom])),
    ),
  ];
  const none = decision.noPositionRecorded.map((id) => organisationName(decision, id));
  return [
    ...minuted.map((position) => `  Position, as minuted: ${positionText(decision, position)}`),
    ...statements.flatMap((statement) => [
      `  Positions inferred from the minutes' words "${statement}":`,
      ...decision.positions
        .filter((position) => position.inferredFrom === statement)
        .map((position) => `    ${positionText(decision, position)}`),
    ]),
    ...(none.length > 0 ? [`  No position recorded: ${none.join(', ')}`] : []),
  ];
}
