import { queueEmailDelivery } from "../channels/email/queue-email-delivery";
import type { OutboundDelivery } from "../platform/jobs/define-job";
import type { Channel } from "../shared/vocabulary";

type Adapter = (options: Parameters<OutboundDelivery["queueDelivery"]>[0]) => Promise<boolean>;

// One adapter per channel that can send today; a channel without one keeps its replies pending
// (they stay visible on the case) until its adapter lands.
const adapters: Partial<Record<Channel, Adapter>> = {
  email: queueEmailDelivery,
};

export const outboundAdapters: OutboundDelivery = {
  queueDelivery(options) {
    const adapter = adapters[options.channel as Channel];
    return adapter ? adapter(options) : Promise.resolve(false);
  },
};
