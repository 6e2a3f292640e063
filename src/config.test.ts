import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "mend-config-"));

describe("loadConfig", () => {
  it("names every bad variable with its reason", () => {
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud", DATA_DIR: tempDir() });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT:/);
      expect(message).toMatch(/DATABASE_URL: must start with postgres/);
      expect(message).toMatch(/LOG_LEVEL:/);
    }
  });

  it("generates a secret key once and keeps it private in DATA_DIR", () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.secretKey).toHaveLength(43);
    expect(second.secretKey).toBe(first.secretKey);
    expect(readFileSync(path.join(dir, "secret-key"), "utf8").trim()).toBe(first.secretKey);
    expect(statSync(path.join(dir, "secret-key")).mode & 0o077).toBe(0);
  });

  it("uses defaults and derives the public URL from the port", () => {
    const config = loadConfig({ DATA_DIR: tempDir(), PORT: "4100", SECRET_KEY: "k".repeat(40) });
    expect(config.port).toBe(4100);
    expect(config.publicUrl).toBe("http://localhost:4100");
    expect(config.databaseUrl).toBeUndefined();
    expect(config.secretKey).toBe("k".repeat(40));
    expect(config.logLevel).toBe("info");
  });

  it("trusts no proxy unless told which", () => {
    const dir = tempDir();
    expect(loadConfig({ DATA_DIR: dir }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: "10.0.0.1,10.0.0.0/8" }).trustProxy).toBe(
      "10.0.0.1,10.0.0.0/8",
    );
    expect(() => loadConfig({ DATA_DIR: dir, TRUST_PROXY: "the load balancer" })).toThrow(
      /TRUST_PROXY: must be true, false, or the proxies' addresses/,
    );
  });

  it("rejects a short SECRET_KEY", () => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), SECRET_KEY: "short" })).toThrow(
      /SECRET_KEY: must be at least 32/,
    );
  });
});
