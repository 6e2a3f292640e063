import { z } from "zod";
import { roleSchema } from "../shared/vocabulary";

export const slugSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "use lower-case letters, digits and dashes");

export const emailSchema = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());

export const passwordSchema = z.string().min(10, "must be at least 10 characters").max(200);

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
});

export const orgSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const loginBody = z
  .object({ email: emailSchema, password: z.string().min(1).max(200) })
  .meta({ example: { email: "ana@acme.test", password: "correct horse battery staple" } });
export const sessionResponse = z.object({ user: userSchema, org: orgSchema });
export const userListResponse = z.object({ items: z.array(userSchema) });
