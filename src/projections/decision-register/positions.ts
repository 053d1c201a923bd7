/**
 * Partners' positions belong to the matter, and to the option they were taken on, not to every
 * lettered resolution of the item: the ten positions on option 3 of 27 October 2016 are shown with
 * 3 a), which agreed option 3, and not again with 3 b) (the £35,000) or 3 c) (the PCC's offer).
 */
import type Database from 'better-sqlite3';
import type { DecisionPosition, DecisionView } from './view.js';

interface PositionRow {
  organisation_id: string;
  stance: DecisionPosition['stance'];
  option: string | null;
  note: string | null;
  spoken_by: string | null;
  inferred_from: string | null;
}

interface ResolutionRow {
  resolution: string;
  option: string | null;
}

/** What the positions of a matter are read with: statements, or a page's remembered answers of them. */
export interface MatterReaders {
  readonly positions: { all(proposalId: string): PositionRow[] };
  readonly resolutions: { all(proposalId: string): ResolutionRow[] };
  readonly name: { get(organisationId: string): { name: string } | undefined };
}

export function prepareMatterReaders(db: Database.Database): MatterReaders {
  return {
    positions: db.prepare<[string], PositionRow>(
      'SELECT organisation_id, stance, option, note, spoken_by, inferred_from FROM ' +
        'decision_register_positions WHERE proposal_id = ? ORDER BY organisation_id',
    ),
    resolutions: db.prepare<[string], ResolutionRow>(
      'SELECT resolution, option FROM decision_register_decisions WHERE proposal_id = ? ORDER BY id',
    ),
    name: db.prepare<[string], { name: string }>(
      'SELECT name FROM decision_register_organisations WHERE organisation_id = ?',
    ),
  };
}

/** The resolution that shows the matter's positions: the one that agreed an option, or else the first recorded. */
function mainResolution(resolutions: readonly ResolutionRow[]): string | undefined {
  return (resolutions.find((r) => r.option !== null) ?? resolutions[0])?.resolution;
}

/** The resolution a position is shown with: the one agreeing its option, or the matter's main resolution. */
function homeOf(
  position: Pick<PositionRow, 'option'>,
  resolutions: readonly ResolutionRow[],
  main: string | undefined,
): string | undefined {
  const agreeing = position.option === null ? undefined : resolutions.find((r) => r.option === position.option);
  return agreeing?.resolution ?? main;
}

/** The positions shown with one resolution of the matter (the search index files their notes under it). */
export function positionsShownWith<T extends Pick<PositionRow, 'option'>>(
  rows: readonly T[],
  resolutions: readonly ResolutionRow[],
  resolution: string,
): T[] {
  const main = mainResolution(resolutions);
  return rows.filter((row) => homeOf(row, resolutions, main) === resolution);
}

export function nameOf(read: MatterReaders, organisationId: string): string | null {
  return read.name.get(organisationId)?.name ?? null;
}

function toPosition(read: MatterReaders, row: PositionRow): DecisionPosition {
  return {
    organisationId: row.organisation_id,
    organisationName: nameOf(read, row.organisation_id),
    stance: row.stance,
    option: row.option,
    note: row.note,
    spokenBy: row.spoken_by,
    basis: row.inferred_from === null ? 'minuted' : 'inferred',
    inferredFrom: row.inferred_from,
  };
}

/**
 * The positions this resolution shows, and the partners present who took none (listed with the
 * main resolution of a matter that tabled options or recorded positions).
 */
export function positionsOf(
  read: MatterReaders,
  decision: { proposalId: string; resolution: string; optionsTabled: boolean },
  present: readonly string[],
): Pick<DecisionView, 'positions' | 'noPositionRecorded'> {
  const rows = read.positions.all(decision.proposalId);
  const resolutions = read.resolutions.all(decision.proposalId);
  const main = mainResolution(resolutions);
  const positions = positionsShownWith(rows, resolutions, decision.resolution).map((row) => toPosition(read, row));
  const positionsTaken = decision.optionsTabled || rows.length > 0;
  const taken = new Set(rows.map((row) => row.organisation_id));
  const noPositionRecorded =
    decision.resolution === main && positionsTaken ? present.filter((id) => !taken.has(id)) : [];
  return { positions, noPositionRecorded };
}
