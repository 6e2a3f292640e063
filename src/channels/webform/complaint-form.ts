import { z } from "zod";

// The public form's fields, with the limits a stranger's post is held to. Every field arrives as
// a string (form encoding); an empty optional field means "not given".
const optional = (schema: z.ZodString) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

export const complaintFormSchema = z
  .object({
    name: z.string().trim().min(1, "Please tell us your name").max(200, "Keep it under 200 characters"),
    email: optional(z.string().trim().max(254).email("That doesn't look like an email address")),
    phone: optional(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ().-]{5,25}$/, "That doesn't look like a phone number"),
    ),
    orderReference: optional(z.string().trim().max(100, "Keep it under 100 characters")),
    message: z
      .string()
      .trim()
      .min(10, "Please tell us a little more about what happened")
      .max(10_000, "Keep it under 10,000 characters"),
    desiredOutcome: z
      .string()
      .trim()
      .min(2, "Please tell us what would put this right for you")
      .max(2000, "Keep it under 2,000 characters"),
  })
  .refine((form) => form.email || form.phone, {
    message: "Give us an email address or a phone number so we can answer you",
    path: ["email"],
  });
export type ComplaintForm = z.infer<typeof complaintFormSchema>;

export const complaintFields = [
  "name",
  "email",
  "phone",
  "orderReference",
  "message",
  "desiredOutcome",
] as const;
export type ComplaintField = (typeof complaintFields)[number];

// A field people never see (hidden by the stylesheet) that form-filling robots fill in.
export const HONEYPOT_FIELD = "website";
