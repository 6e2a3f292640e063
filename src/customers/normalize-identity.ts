import { type Channel, socialChannels } from "../shared/vocabulary";

export type Identity = { kind: string; value: string };

// One spelling per identity, so "Ana@Example.com" and "ana@example.com " are the same person.
export function identitiesFrom(options: {
  channel: Channel;
  from: { email?: string; phone?: string; handle?: string };
}): Identity[] {
  const identities: Identity[] = [];
  const { email, phone, handle } = options.from;
  if (email) identities.push({ kind: "email", value: email.trim().toLowerCase() });
  if (phone) {
    const digits = phone.replace(/[^0-9]/g, "");
    identities.push({ kind: "phone", value: phone.trim().startsWith("+") ? `+${digits}` : digits });
  }
  if (handle) {
    const kind = socialChannels.includes(options.channel) ? options.channel : "handle";
    identities.push({ kind, value: handle.trim().replace(/^@/, "").toLowerCase() });
  }
  return identities;
}
