import { basename } from "node:path/posix";
import { INLINE_RENDERABLE, type ReceivedAttachment } from "../../cases/store-attachments";

export interface AttachmentLimits {
  maxAttachmentBytes?: number;
  /** Exact types or wildcards such as "image/*"; when absent every type is accepted. */
  allowedAttachmentTypes?: string[];
}

export interface IncomingAttachment {
  filename?: string;
  contentType: string;
  size: number;
  content: Buffer;
  contentId?: string;
  contentDisposition?: string;
  related?: boolean;
}

const MAX_FILENAME_LENGTH = 150;

/** Turns a parsed MIME attachment into what Mend stores, applying size/type limits and safe naming. */
export function screenAttachment({
  attachment,
  limits = {},
}: {
  attachment: IncomingAttachment;
  limits?: AttachmentLimits;
}): ReceivedAttachment {
  const contentType =
    attachment.contentType.toLowerCase().split(";")[0]?.trim() || "application/octet-stream";
  const contentId = attachment.contentId?.replace(/^<|>$/g, "").trim() || undefined;
  const wantsInline = attachment.contentDisposition === "inline" || attachment.related === true;
  const screened: ReceivedAttachment = {
    filename: sanitizeFilename({ filename: attachment.filename, contentType }),
    contentType,
    size: attachment.size,
    content: attachment.content,
    contentId,
    inline: wantsInline && INLINE_RENDERABLE.has(contentType),
  };

  if (limits.maxAttachmentBytes !== undefined && attachment.size > limits.maxAttachmentBytes) {
    return { ...screened, content: Buffer.alloc(0), rejected: "too_large" };
  }
  if (limits.allowedAttachmentTypes && !isTypeAllowed(contentType, limits.allowedAttachmentTypes)) {
    return { ...screened, content: Buffer.alloc(0), rejected: "type_not_allowed" };
  }
  return screened;
}

/** A name safe for any file system and Content-Disposition header: no directories, controls or reserved characters. */
export function sanitizeFilename({
  filename,
  contentType,
}: {
  filename?: string;
  contentType?: string;
}): string {
  const lastSegment = basename((filename ?? "").replace(/\\/g, "/"));
  let clean = lastSegment
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"/\\|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(clean)) clean = `_${clean}`;
  if (!clean) clean = `attachment${extensionFor(contentType)}`;
  if (clean.length > MAX_FILENAME_LENGTH) {
    const dot = clean.lastIndexOf(".");
    const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
    clean = clean.slice(0, MAX_FILENAME_LENGTH - extension.length) + extension;
  }
  return clean;
}

function isTypeAllowed(contentType: string, allowed: string[]): boolean {
  return allowed.some((pattern) => {
    const normalised = pattern.toLowerCase();
    if (normalised.endsWith("/*")) return contentType.startsWith(normalised.slice(0, -1));
    return contentType === normalised;
  });
}

function extensionFor(contentType: string | undefined): string {
  const known: Record<string, string> = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "message/rfc822": ".eml",
  };
  return (contentType && known[contentType]) || "";
}
