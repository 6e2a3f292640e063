import { parseEmail } from "./src/intake/email/parse-email";
async function time(label: string, raw: Buffer) {
  const t = performance.now();
  try { const p = await parseEmail({ raw }); console.log(label, "ok", Math.round(performance.now() - t), "ms", p.text.length, p.attachments.length); }
  catch (e) { console.log(label, "rejected", (e as Error).message, Math.round(performance.now() - t), "ms"); }
}
const head = "From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\n";
// nested multiparts, 400 deep
let nested = head; for (let i = 0; i < 400; i++) nested += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`; nested += "Content-Type: text/plain\r\n\r\ndeep\r\n";
await time("nested400", Buffer.from(nested));
await time("headers9MB", Buffer.from(head + "X-Junk: a\r\n".repeat(800_000) + "\r\nbody"));
await time("oneLine9MB", Buffer.from(head + "\r\n" + "a".repeat(9_000_000)));
let parts = head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'; for (let i = 0; i < 499; i++) parts += `--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.alloc(15000, i).toString("base64")}\r\n`; parts += "--b--\r\n";
await time("499x15KB", Buffer.from(parts));
await time("html9MB", Buffer.from(head + "Content-Type: text/html\r\n\r\n" + "<div><b>x</b>".repeat(700_000)));
console.log("rss MB", Math.round(process.memoryUsage().rss / 1e6));
