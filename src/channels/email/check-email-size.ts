export const DEFAULT_MAX_EMAIL_BYTES = 10 * 1024 * 1024;

export interface EmailSizeCheck {
  tooLarge: boolean;
  size: number;
  maxBytes: number;
}

/** Usable with IMAP's RFC822.SIZE so an oversized message is skipped before it is downloaded. */
export function checkEmailSize({
  size,
  maxBytes = DEFAULT_MAX_EMAIL_BYTES,
}: {
  size: number;
  maxBytes?: number;
}): EmailSizeCheck {
  return { tooLarge: !Number.isFinite(size) || size > maxBytes, size, maxBytes };
}
