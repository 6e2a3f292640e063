import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, chown, mkdir, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { userInfo } from "node:os";
import { join } from "node:path";
import { ImapFlow } from "imapflow";

/** Debian package: dovecot-imapd (pulls in dovecot-core, which owns /usr/sbin/dovecot). */
export const DOVECOT_BINARY = "/usr/sbin/dovecot";

export interface RunningDovecot {
  host: "127.0.0.1";
  port: number;
  user: string;
  password: string;
  /** APPENDs a message over IMAP and returns its UID. */
  deliver(raw: Buffer | string, mailbox?: string): Promise<number>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  // A crashed test run must not leave dovecot listening.
  for (const child of running) child.kill("SIGKILL");
});

/** Starts a private Dovecot 2.3 IMAP server in `dir` on a free loopback port; plaintext login, no TLS. */
export async function startDovecot({ dir }: { dir: string }): Promise<RunningDovecot> {
  if (!existsSync(DOVECOT_BINARY)) {
    throw new Error(
      `${DOVECOT_BINARY} not found: install Debian's dovecot-imapd (apt-get install -y dovecot-imapd)`,
    );
  }
  const user = "mend";
  const password = "mend-test-password";
  const accounts = resolveAccounts();
  const paths = {
    base: join(dir, "run"),
    state: join(dir, "state"),
    mail: join(dir, "mail"),
    passwd: join(dir, "passwd"),
    config: join(dir, "dovecot.conf"),
  };
  await mkdir(paths.base, { recursive: true });
  await mkdir(paths.state, { recursive: true });
  await mkdir(paths.mail, { recursive: true });
  // Dovecot refuses mail access as uid 0, so under root the mail store belongs to the "dovecot" account.
  await chmod(dir, 0o755);
  await chown(paths.mail, accounts.mailUid, accounts.mailGid);
  await writeFile(paths.passwd, `${user}:{PLAIN}${password}\n`, { mode: 0o644 });

  const port = await findFreePort();
  await writeFile(paths.config, renderConfig({ paths, port, accounts }));

  const child = spawn(DOVECOT_BINARY, ["-F", "-c", paths.config], { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let log = "";
  const remember = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", remember);
  child.stderr?.on("data", remember);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => running.delete(child));

  try {
    await waitForGreeting({ port, child, log: () => log });
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    throw error;
  }

  return {
    host: "127.0.0.1",
    port,
    user,
    password,
    deliver: (raw, mailbox = "INBOX") => appendMessage({ port, user, password, raw, mailbox }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

interface Accounts {
  internalUser: string;
  loginUser: string;
  mailUid: number;
  mailGid: number;
}

function resolveAccounts(): Accounts {
  const me = userInfo();
  if (me.uid !== 0) {
    // Unprivileged: dovecot cannot switch users, so every process runs as the caller.
    return { internalUser: me.username, loginUser: me.username, mailUid: me.uid, mailGid: me.gid };
  }
  const dovecot = lookupAccount("dovecot");
  if (!dovecot || !lookupAccount("dovenull")) {
    throw new Error("the dovecot and dovenull accounts are missing: reinstall dovecot-core");
  }
  return { internalUser: "dovecot", loginUser: "dovenull", mailUid: dovecot.uid, mailGid: dovecot.gid };
}

function lookupAccount(name: string): { uid: number; gid: number } | null {
  for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
    const fields = line.split(":");
    if (fields[0] === name) return { uid: Number(fields[2]), gid: Number(fields[3]) };
  }
  return null;
}

function renderConfig({
  paths,
  port,
  accounts,
}: {
  paths: { base: string; state: string; mail: string; passwd: string };
  port: number;
  accounts: Accounts;
}): string {
  return `# Generated for one test run (Dovecot 2.3 syntax).
base_dir = ${paths.base}
state_dir = ${paths.state}
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = ${accounts.internalUser}
default_login_user = ${accounts.loginUser}
first_valid_uid = ${accounts.mailUid}
mail_location = maildir:${paths.mail}/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${paths.passwd}
}
userdb {
  driver = static
  args = uid=${accounts.mailUid} gid=${accounts.mailGid} home=${paths.mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

async function findFreePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Ready means the login process answers with a greeting, not merely that the port is bound. */
async function waitForGreeting({
  port,
  child,
  log,
}: {
  port: number;
  child: ChildProcess;
  log: () => string;
}): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`dovecot exited during start-up:\n${log()}`);
    }
    if (await greets(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dovecot did not answer on 127.0.0.1:${port} within 15 s:\n${log()}`);
}

async function greets(port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once("data", (data) => finish(data.toString().startsWith("* OK")));
  });
}

async function appendMessage({
  port,
  user,
  password,
  raw,
  mailbox,
}: {
  port: number;
  user: string;
  password: string;
  raw: Buffer | string;
  mailbox: string;
}): Promise<number> {
  const client = new ImapFlow({
    host: "127.0.0.1",
    port,
    secure: false,
    auth: { user, pass: password },
    logger: false,
  });
  await client.connect();
  try {
    if (mailbox !== "INBOX") await client.mailboxCreate(mailbox).catch(() => undefined);
    const result = await client.append(mailbox, raw);
    if (!result || typeof result.uid !== "number") throw new Error(`APPEND to ${mailbox} returned no UID`);
    return result.uid;
  } finally {
    await client.logout();
  }
}
