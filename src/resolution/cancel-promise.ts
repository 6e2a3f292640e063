import type { Db } from "../platform/db/client";
import type { Principal } from "../platform/http/auth";
import { closePromise } from "./close-promise";

// A promise that no longer applies (the customer changed their mind) is cancelled with a reason.
export async function cancelPromise(options: {
  db: Db;
  orgId: string;
  promiseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  reason: string;
}) {
  return options.db.transaction((tx) =>
    closePromise({
      tx,
      orgId: options.orgId,
      promiseId: options.promiseId,
      actor: options.actor,
      state: "cancelled",
      fields: { cancelReason: options.reason },
    }),
  );
}
