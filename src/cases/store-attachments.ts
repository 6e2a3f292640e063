import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** pictures a browser can show without running anything; everything else is only ever downloaded */
export const INLINE_RENDERABLE: ReadonlySet<string> = new Set([
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
]);
/** An attachment as a channel received it, after its screening: what Mend stores or refuses. */
export interface ReceivedAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** Empty when the attachment was rejected: refused bytes are never kept. */
  content: Buffer;
  /** Without angle brackets, as HTML refers to it in `cid:` URLs. */
  contentId: string | undefined;
  /** True only for raster images the message shows in its body; SVG and HTML never qualify. */
  inline: boolean;
  rejected?: "too_large" | "type_not_allowed";
}

export type StoredAttachment = {
  filename: string;
  contentType: string;
  size: number;
  inline: boolean;
  contentId: string | null;
  rejected: string | null;
  // Relative to DATA_DIR; content-addressed, so a replayed message writes the same file again.
  storedAs: string | null;
};

/** Where an organisation's attachments live under DATA_DIR (content-addressed below it). */
export function attachmentsDir(dataDir: string, orgId: string): string {
  return path.join(dataDir, "attachments", orgId);
}

/** How an interaction's stored email details list its attachments. */
export function attachmentsOf(emailDetails: unknown): StoredAttachment[] {
  const list = (emailDetails as { attachments?: StoredAttachment[] } | null)?.attachments;
  return Array.isArray(list) ? list : [];
}

export async function storeAttachments(options: {
  dataDir: string;
  orgId: string;
  attachments: ReceivedAttachment[];
}): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  for (const attachment of options.attachments) {
    let storedAs: string | null = null;
    if (!attachment.rejected) {
      const digest = createHash("sha256").update(attachment.content).digest("hex");
      storedAs = path.posix.join("attachments", options.orgId, digest.slice(0, 2), digest);
      const file = path.join(options.dataDir, storedAs);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, attachment.content, { mode: 0o600 });
    }
    stored.push({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.size,
      inline: attachment.inline,
      contentId: attachment.contentId ?? null,
      rejected: attachment.rejected ?? null,
      storedAs,
    });
  }
  return stored;
}
