/** Turns each named file into import units: YAML documents for minutes, rows for receipts. */
import type { ImportIssue } from './issues.js';
import { readReceipts } from './receipts.js';
import { validateDocument } from './schemas/document.js';
import { unitOfDocument, type ImportUnit } from './unit.js';
import { readYamlFile } from './yaml-file.js';

export interface FileUnits {
  readonly file: string;
  readonly units: readonly ImportUnit[];
}

export function readUnits(sources: ReadonlyArray<{ name: string; text: string }>): {
  files: FileUnits[];
  issues: ImportIssue[];
} {
  const files: FileUnits[] = [];
  const issues: ImportIssue[] = [];
  const receiptRows = new Map<string, ImportUnit>();
  for (const { name, text } of sources) {
    if (/\.ya?ml$/i.test(name)) {
      const yaml = readYamlFile(name, text);
      issues.push(...yaml.issues);
      const units: ImportUnit[] = [];
      for (const document of yaml.documents) {
        const validated = validateDocument(name, document);
        if (Array.isArray(validated)) issues.push(...validated);
        else units.push(unitOfDocument(validated));
      }
      files.push({ file: name, units });
    } else if (/\.csv$/i.test(name)) {
      const receipts = readReceipts(name, text);
      issues.push(...receipts.issues, ...repeatedReceipts(receipts.units, receiptRows));
      files.push({ file: name, units: receipts.units });
    } else {
      issues.push({ file: name, message: 'only minutes (.yaml or .yml) and receipts (.csv) can be imported' });
    }
  }
  return { files, issues };
}

/** The same payment in two receipts files of one import would be recorded twice. */
function repeatedReceipts(units: readonly ImportUnit[], seen: Map<string, ImportUnit>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const unit of units) {
    const earlier = seen.get(unit.docKey);
    if (earlier)
      issues.push({
        file: unit.file,
        line: unit.lineOf([]),
        message: `this payment is already listed in ${earlier.file}, ${earlier.name}`,
      });
    else seen.set(unit.docKey, unit);
  }
  return issues;
}
