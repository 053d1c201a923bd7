/**
 * The open-data formats `ledger export` writes: the same documents the HTTP routes answer, from the same read models.
 */
import type { Ledger } from '../compose.js';
import { withOpenData } from './read-models.js';
import type { OpenDataSettings } from './settings.js';
import { popolo } from './popolo/index.js';
import { grantPackage, grants, grantsCsv } from './three-sixty-giving/index.js';

export const openDataExportFormats = ['360giving', '360giving-csv', 'popolo'] as const;
export type OpenDataExportFormat = (typeof openDataExportFormats)[number];

export function isOpenDataExportFormat(format: string): format is OpenDataExportFormat {
  return (openDataExportFormats as readonly string[]).includes(format);
}

const json = (document: object) => `${JSON.stringify(document, null, 2)}\n`;

/** The whole document as text. Throws OrganisationsWithoutIdentifier as the routes do. */
export function openDataExport(
  ledger: Ledger,
  format: OpenDataExportFormat,
  asAt: string | undefined,
  settings: OpenDataSettings,
): Promise<string> {
  return withOpenData(
    ledger,
    asAt,
    (snapshot) => {
      switch (format) {
        case '360giving':
          return json(grantPackage(snapshot, settings));
        case '360giving-csv':
          return grantsCsv(grants(snapshot.db, settings));
        case 'popolo':
          return json(popolo(snapshot, settings));
      }
    },
    { catchUp: true },
  );
}
