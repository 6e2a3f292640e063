import { z } from "zod";

const networks = ["twitter", "facebook", "instagram"] as const;

export const customerProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    emails: z.array(z.email().max(254)).max(20).default([]),
    phones: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\+?[0-9 ().-]{5,25}$/, "must be a phone number"),
      )
      .max(20)
      .default([]),
    handles: z
      .array(z.object({ network: z.enum(networks), handle: z.string().trim().min(1).max(100) }))
      .max(20)
      .default([]),
    lifetimeValue: z.number().min(0).max(1e12).nullable().optional(),
    tier: z.string().trim().max(40).nullable().optional(),
    customerSince: z.iso.date().nullable().optional(),
    followers: z.number().int().min(0).max(1e10).nullable().optional(),
    advocate: z.boolean().optional(),
  })
  .meta({
    example: {
      name: "Dana Whitfield",
      emails: ["dana@example.org"],
      phones: ["+44 20 7946 0958"],
      handles: [{ network: "twitter", handle: "@danaw" }],
      lifetimeValue: 5400.5,
      tier: "gold",
      customerSince: "2019-04-01",
      followers: 12000,
      advocate: true,
    },
  });
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const externalRefSchema = z.string().trim().min(1).max(200);

export const customerResponse = z.object({
  id: z.uuid(),
  externalRef: z.string().nullable(),
  name: z.string().nullable(),
  lifetimeValue: z.number().nullable(),
  tier: z.string().nullable(),
  customerSince: z.string().nullable(),
  followers: z.number().int().nullable(),
  advocate: z.boolean(),
  identities: z.array(
    z.object({
      channel: z.string(),
      handle: z.string(),
      /** mail to this address came back (the latest reason); replies there will not arrive */
      bounce: z
        .object({ reason: z.string(), count: z.number().int(), lastBouncedAt: z.iso.datetime() })
        .optional(),
    }),
  ),
  merged: z
    .number()
    .int()
    .describe("how many customers Mend had created on its own were merged into this one"),
});
