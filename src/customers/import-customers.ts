import { parse } from "csv-parse/sync";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { customerProfileSchema, externalRefSchema } from "./schema";
import { upsertCustomer } from "./upsert-customer";

export type ImportProblem = { line: number; field: string; reason: string };

const list = (value: string | undefined) =>
  (value ?? "")
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);
const optionalNumber = (value: string | undefined) => (value?.trim() ? Number(value) : undefined);

// Each row stands alone: a bad row is reported with its line and skipped, the others load.
export async function importCustomers(options: { db: Db; orgId: string; csv: string }) {
  const records = parse(options.csv, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    info: true,
  }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const problems: ImportProblem[] = [];
  let loaded = 0;
  for (const { record, info } of records) {
    const line = info.lines;
    const ref = externalRefSchema.safeParse(record.external_ref ?? "");
    const profile = customerProfileSchema.safeParse({
      name: record.name || undefined,
      emails: list(record.emails ?? record.email),
      phones: list(record.phones ?? record.phone),
      handles: [
        ...list(record.twitter).map((handle) => ({ network: "twitter", handle })),
        ...list(record.facebook).map((handle) => ({ network: "facebook", handle })),
        ...list(record.instagram).map((handle) => ({ network: "instagram", handle })),
      ],
      lifetimeValue: optionalNumber(record.lifetime_value),
      tier: record.tier || undefined,
      customerSince: record.customer_since || undefined,
      followers: optionalNumber(record.followers),
      advocate: record.advocate ? /^(true|yes|1)$/i.test(record.advocate) : undefined,
    });
    if (!ref.success) {
      problems.push({ line, field: "external_ref", reason: "is required" });
      continue;
    }
    if (!profile.success) {
      for (const issue of profile.error.issues) {
        problems.push({ line, field: columnName(issue.path), reason: issue.message });
      }
      continue;
    }
    try {
      await options.db.transaction((tx) =>
        upsertCustomer({ tx, orgId: options.orgId, externalRef: ref.data, profile: profile.data }),
      );
      loaded++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({ line, field: error.details?.[0]?.field ?? "row", reason: error.message });
    }
  }
  return { loaded, skipped: problems.length ? new Set(problems.map((p) => p.line)).size : 0, problems };
}

const columns: Record<string, string> = {
  lifetimeValue: "lifetime_value",
  customerSince: "customer_since",
  emails: "emails",
  phones: "phones",
  handles: "handles",
};

function columnName(path: PropertyKey[]): string {
  const head = String(path[0] ?? "row");
  return columns[head] ?? head;
}
