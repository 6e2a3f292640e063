import { describe, expect, it } from "vitest";
import { createClientThrottle } from "./client-throttle";

describe("createClientThrottle", () => {
  it("lets a client post up to the limit in the window, then says when it may post again", () => {
    const throttle = createClientThrottle({ limit: 2, windowMs: 60_000 });
    expect(throttle.take("a", 0)).toBeNull();
    expect(throttle.take("a", 10_000)).toBeNull();
    expect(throttle.take("a", 20_000)).toBe(40);
    expect(throttle.take("b", 20_000)).toBeNull();
    expect(throttle.take("a", 60_001)).toBeNull();
  });

  it("forgets the oldest clients beyond its size", () => {
    const throttle = createClientThrottle({ limit: 1, windowMs: 60_000, maxClients: 2 });
    throttle.take("a", 0);
    throttle.take("b", 0);
    throttle.take("c", 0);
    expect(throttle.take("a", 1)).toBeNull();
    expect(throttle.take("c", 1)).not.toBeNull();
  });
});
