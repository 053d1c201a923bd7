/**
 * A horizontal bar chart of pledged against received per partner, drawn on the server as inline
 * SVG. It is an image with a title and a description giving every figure; the same figures are
 * in the table beside it, so nothing is only in the picture.
 */
import { formatMoney } from '../shared/format.js';

export interface ChartRow {
  readonly label: string;
  readonly pledgedPence: number;
  readonly receivedPence: number;
}

export interface Chart {
  readonly svg: string;
  readonly description: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WIDTH = 960;
const LABEL_WIDTH = 420;
const BAR = 16;
const ROW = 52;

export function pledgedReceivedChart(id: string, rows: readonly ChartRow[]): Chart {
  const largest = Math.max(1, ...rows.flatMap((r) => [r.pledgedPence, r.receivedPence]));
  const barSpace = WIDTH - LABEL_WIDTH - 90;
  const scale = (pence: number) => Math.round((pence / largest) * barSpace);
  const description = rows
    .map((r) => `${r.label}: pledged ${formatMoney(r.pledgedPence)}, received ${formatMoney(r.receivedPence)}.`)
    .join(' ');
  const bars = rows.map((r, index) => {
    const y = 10 + index * ROW;
    const label = r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label;
    return [
      `<text x="0" y="${y + BAR + 4}">${escape(label)}</text>`,
      `<rect class="ledger-chart__pledged" x="${LABEL_WIDTH}" y="${y}" ` +
        `width="${scale(r.pledgedPence)}" height="${BAR}"></rect>`,
      `<text x="${LABEL_WIDTH + scale(r.pledgedPence) + 6}" y="${y + BAR - 2}">${formatMoney(r.pledgedPence)}</text>`,
      `<rect class="ledger-chart__received" x="${LABEL_WIDTH}" y="${y + BAR + 4}" ` +
        `width="${scale(r.receivedPence)}" height="${BAR}"></rect>`,
      `<text x="${LABEL_WIDTH + scale(r.receivedPence) + 6}" ` +
        `y="${y + 2 * BAR + 2}">${formatMoney(r.receivedPence)}</text>`,
    ].join('');
  });
  const height = 20 + rows.length * ROW;
  const svg =
    `<svg class="ledger-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ` +
    `${WIDTH} ${height}" width="${WIDTH}" height="${height}" ` +
    `xmlns="http://www.w3.org/2000/svg">` +
    (`<title id="${id}-title">Pledged against received, per partner</title><desc ` +
      `id="${id}-desc">${escape(description)}</desc>${bars.join('')}</svg>`);
  return { svg, description };
}
