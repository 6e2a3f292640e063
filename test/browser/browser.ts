import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { startServer } from "../../src/app/start-server";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/platform/log";
import { dropJobQueue, ownJobQueue, TEST_SECRET_KEY } from "../support/own-job-queue";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-dev-shm-usage",
    ],
  });
}

// The whole server, as `npm start` runs it, on the test database and a free port.
export async function startTestServer() {
  const url = inject("databaseUrl");
  const config = loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "mend-browser-")),
    DATABASE_URL: url,
    SECRET_KEY: TEST_SECRET_KEY,
    PORT: "0",
    LOG_LEVEL: "warn",
  });
  const jobQueue = ownJobQueue();
  const server = await startServer({ config, log: createLogger("warn"), jobQueue });
  return {
    ...server,
    baseUrl: server.url,
    async stop() {
      await server.stop();
      await dropJobQueue(url, jobQueue.schema);
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** One server and one Chromium for a test file: started before its tests, stopped after them. */
export function withServerAndBrowser() {
  const running = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    running.server = await startTestServer();
    running.browser = await launchBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}

export async function login(page: Page, baseUrl: string, user: { email: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
