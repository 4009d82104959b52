/**
 * The recorder: "record this run" appends a row of chosen parameters and measurements, each column
 * with its unit. Pure data; the lab frame shows it, the notebook stores it, CSV exports it.
 */
import { csvCell } from './csv-cell';

export interface DataColumn {
  /** Parameter or measurement name (`angleDeg`, `rangeM`). */
  name: string;
  unit: string;
  /** i18n key of the label, when the column comes from a simulation. */
  labelKey?: string;
  source: 'param' | 'measurement' | 'manual';
}

export interface DataTable {
  columns: DataColumn[];
  rows: (number | string)[][];
  /** Where the data came from: simulation id and version. */
  provenance?: { simulationId: string; simulationVersion: string };
}

export function emptyTable(columns: DataColumn[], provenance?: DataTable['provenance']): DataTable {
  return { columns, rows: [], provenance };
}

/** Append a row, taking each column's value from params or measurements by name. */
export function recordRow(
  table: DataTable,
  params: Record<string, number | string | boolean>,
  measurements: Record<string, number>,
): DataTable {
  const row = table.columns.map((c) => {
    const v = c.source === 'param' ? params[c.name] : measurements[c.name];
    if (typeof v === 'boolean') return v ? 1 : 0;
    // A measurement not available yet (NaN before landing) is an empty cell, never the text "NaN".
    if (typeof v === 'number' && !Number.isFinite(v)) return '';
    return v ?? '';
  });
  return { ...table, rows: [...table.rows, row] };
}

/** CSV with a header row `name (unit)`; numbers are written with full precision; text cells are protected against formula injection (csv-cell.ts). */
export function tableToCsv(table: DataTable, headerLabel: (c: DataColumn) => string = (c) => c.name): string {
  const header = table.columns.map((c) => csvCell(c.unit ? `${headerLabel(c)} (${c.unit})` : headerLabel(c)));
  const lines = [header.join(',')];
  for (const row of table.rows) lines.push(row.map((v) => csvCell(String(v))).join(','));
  return lines.join('\n') + '\n';
}
