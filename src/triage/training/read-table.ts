import { parse } from "csv-parse/sync";

// Evaluation and training files are CSV or TSV with a header row. Every value stays a string (tweet ids
// exceed 2^53 and must not be rounded).
export type TableFormat = "csv" | "tsv";

export function readTable({
  content,
  format,
}: {
  content: string;
  format: TableFormat;
}): Record<string, string>[] {
  return parse(content, {
    columns: true,
    delimiter: format === "tsv" ? "\t" : ",",
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
  }) as Record<string, string>[];
}
