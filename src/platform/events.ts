import { sql } from "drizzle-orm";
import pg from "pg";
import type { Logger } from "pino";
import type { CaseEvent } from "../shared/vocabulary";
import type { Tx } from "./db/client";

type Envelope = CaseEvent & { orgId: string };
type Listener = (event: CaseEvent) => void;

const CHANNEL = "mend_events";

// Published inside the writing transaction: PostgreSQL delivers a NOTIFY only on commit,
// so no process hears of a case that was rolled back, and every process hears of it.
export async function publishCaseEvent(tx: Tx, orgId: string, event: CaseEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ ...event, orgId })})`);
}

export type EventHub = {
  subscribe: (orgId: string, listener: Listener) => () => void;
  close: () => Promise<void>;
};

export async function startEventHub(options: { url: string; log: Logger }): Promise<EventHub> {
  const listeners = new Map<string, Set<Listener>>();
  let client: pg.Client | null = null;
  let closed = false;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.url });
    next.on("notification", (message) => {
      if (!message.payload) return;
      const { orgId, ...event } = JSON.parse(message.payload) as Envelope;
      for (const listener of listeners.get(orgId) ?? []) listener(event);
    });
    next.on("error", (error) => {
      options.log.warn({ err: error }, "event listener connection lost; reconnecting");
      next.end().catch(() => {});
      if (!closed) setTimeout(() => connect().catch(() => {}), 500);
    });
    await next.connect();
    await next.query(`listen ${CHANNEL}`);
    client = next;
  };
  await connect();

  return {
    subscribe(orgId, listener) {
      const set = listeners.get(orgId) ?? new Set();
      set.add(listener);
      listeners.set(orgId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(orgId);
      };
    },
    async close() {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}
