import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { attachmentsDir, attachmentsOf } from "./store-attachments";
import { interactions } from "./tables";

const REFUSAL_REASONS: Record<string, string> = {
  too_large: "it was larger than the attachment limit",
  type_not_allowed: "the mailbox does not accept that type of file",
};

// Another organisation's interaction answers like a missing one. A refused attachment was never kept,
// so the answer says why instead of pretending it is missing.
export async function getAttachment(options: {
  db: Db;
  orgId: string;
  caseId: string;
  interactionId: string;
  index: number;
  dataDir: string;
}) {
  const { db, orgId, caseId, interactionId, index, dataDir } = options;
  const [row] = await db
    .select({ emailDetails: interactions.emailDetails })
    .from(interactions)
    .where(
      and(eq(interactions.orgId, orgId), eq(interactions.caseId, caseId), eq(interactions.id, interactionId)),
    );
  const attachment = row ? attachmentsOf(row.emailDetails)[index] : undefined;
  if (!attachment) throw AppError.notFound("That attachment");
  if (attachment.rejected || !attachment.storedAs) {
    throw new AppError(
      "not_found",
      `"${attachment.filename}" was not kept when the email arrived: ${REFUSAL_REASONS[attachment.rejected ?? ""] ?? attachment.rejected ?? "not stored"}.`,
    );
  }
  // Stored paths come from our own writes, but another organisation's files and DATA_DIR's secret key
  // stay out of reach even if a stored row were ever wrong.
  const file = path.resolve(dataDir, attachment.storedAs);
  if (!file.startsWith(path.resolve(attachmentsDir(dataDir, orgId)) + path.sep)) {
    throw AppError.notFound("That attachment");
  }
  const size = await stat(file).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) throw new AppError("not_found", `"${attachment.filename}" is no longer on disk.`);
  return {
    filename: attachment.filename,
    contentType: attachment.contentType,
    size,
    open: () => createReadStream(file),
  };
}
