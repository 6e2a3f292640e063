import { z } from "zod";
import { channelSchema } from "../shared/vocabulary";

export const inboundMessageSchema = z
  .object({
    channel: channelSchema,
    externalId: z.string().trim().min(1).max(300),
    receivedAt: z.iso.datetime({ offset: true }),
    from: z
      .object({
        name: z.string().trim().max(200).optional(),
        email: z.email().max(254).optional(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ().-]{5,25}$/, "must be a phone number")
          .optional(),
        handle: z.string().trim().min(1).max(100).optional(),
      })
      .refine((from) => from.email || from.phone || from.handle, {
        message: "needs at least one of email, phone or handle",
      }),
    subject: z.string().trim().max(500).optional(),
    text: z.string().min(1).max(100_000),
    public: z.boolean().optional().describe("true for a public post anyone can see (reach matters)"),
  })
  .meta({
    example: {
      channel: "webform",
      externalId: "form-4711",
      receivedAt: "2026-03-02T09:15:00Z",
      from: { name: "Dana Whitfield", email: "dana@example.org" },
      subject: "Charged twice",
      text: "You charged my card twice for order 1182 and nobody answers the phone.",
    },
  });
export type InboundMessage = z.infer<typeof inboundMessageSchema>;
