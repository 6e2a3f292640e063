import { eq } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { organizations } from "./tables";

export async function findOrganization(options: { db: Db; slug: string }) {
  const [org] = await options.db.select().from(organizations).where(eq(organizations.slug, options.slug));
  if (!org) throw new AppError("not_found", `No organization has the slug "${options.slug}".`);
  return org;
}
