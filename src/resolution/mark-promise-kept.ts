import { and, eq } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { closePromise } from "./close-promise";
import type { PromiseEvidence } from "./schema";
import { accommodations } from "./tables";

// A promise is kept on evidence: a note, a reference, or an accommodation of the case delivered.
export async function markPromiseKept(options: {
  db: Db;
  orgId: string;
  promiseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  evidence: PromiseEvidence;
}) {
  const { db, orgId, evidence } = options;
  return db.transaction((tx) =>
    closePromise({
      tx,
      orgId,
      promiseId: options.promiseId,
      actor: options.actor,
      state: "kept",
      fields: { evidence },
      async check(promise) {
        if (!evidence.accommodationId) return;
        const [item] = await tx
          .select({ status: accommodations.status })
          .from(accommodations)
          .where(
            and(eq(accommodations.caseId, promise.caseId), eq(accommodations.id, evidence.accommodationId)),
          );
        if (item?.status !== "delivered") {
          throw AppError.forField(
            "evidence.accommodationId",
            "is not a delivered accommodation of this case",
          );
        }
      },
    }),
  );
}
