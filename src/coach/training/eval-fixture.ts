import { z } from "zod";
import { coachInputSchema } from "../engine/schema";

// One labelled reply: the rules it must trigger; every other rule must stay quiet unless allowed.
export const coachFixtureSchema = coachInputSchema.extend({
  id: z.string(),
  must: z.array(z.string()).default([]),
  mustNot: z.array(z.string()).default([]),
  allow: z.array(z.string()).default([]),
  note: z.string().optional(),
});

export type CoachFixture = z.infer<typeof coachFixtureSchema>;

// Fixtures are written against a fixed Monday so "by Friday" means the same thing on every run.
export const fixtureNow = "2025-03-03T09:00:00Z";
