import { parseEmail } from "./src/intake/email/parse-email";
const head = "From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\n";
const n = Number(process.argv[2]);
const t = performance.now();
try { const p = await parseEmail({ raw: Buffer.from(head + "Content-Type: text/html\r\n\r\n" + "<div><b>x</b>".repeat(n)) }); console.log(n, "ok", Math.round(performance.now() - t), "ms", p.text.length, p.html?.length); }
catch (e) { console.log("rejected", (e as Error).message, Math.round(performance.now() - t)); }
console.log("rss MB", Math.round(process.memoryUsage().rss / 1e6));
