import { eq } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { slugSchema } from "./schema";
import { organizations } from "./tables";

export async function createOrganization(options: { db: Db; slug: string; name: string; timeZone?: string }) {
  const slug = slugSchema.safeParse(options.slug);
  if (!slug.success) {
    throw new AppError("validation_failed", "The organization slug is not valid.", {
      details: [{ field: "slug", reason: slug.error.issues[0]?.message ?? "invalid" }],
    });
  }
  if (!options.name.trim()) {
    throw new AppError("validation_failed", "The organization needs a name.", {
      details: [{ field: "name", reason: "required" }],
    });
  }
  const [existing] = await options.db.select().from(organizations).where(eq(organizations.slug, slug.data));
  if (existing)
    throw new AppError("conflict", `An organization with the slug "${slug.data}" already exists.`);
  const [org] = await options.db
    .insert(organizations)
    .values({ slug: slug.data, name: options.name.trim(), timeZone: options.timeZone ?? "UTC" })
    .returning();
  return org!;
}
