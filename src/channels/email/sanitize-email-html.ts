import sanitizeHtml from "sanitize-html";

const ALLOWED_TAGS = [
  ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== "data"),
  "img",
  "center",
  "font",
  "del",
  "ins",
];

const CSS_LENGTH = /^-?\d+(\.\d+)?(px|pt|em|rem|%)?$/i;
const CSS_LENGTHS = /^(-?\d+(\.\d+)?(px|pt|em|rem|%)?\s*){1,4}$/i;
const CSS_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\(\s*[\d.\s,%]+\))$/i;
const CSS_KEYWORD = /^[a-z-]{1,20}$/i;

// Values are matched whole, so url(), expression() and escapes can never get through.
const ALLOWED_STYLES: Record<string, RegExp[]> = {
  color: [CSS_COLOR],
  "background-color": [CSS_COLOR],
  "text-align": [/^(left|right|center|justify)$/i],
  "font-weight": [/^(normal|bold|bolder|lighter|\d{3})$/i],
  "font-style": [/^(normal|italic|oblique)$/i],
  "font-size": [CSS_LENGTH, CSS_KEYWORD],
  "font-family": [/^[\w\s,"'-]{1,100}$/],
  "text-decoration": [/^[a-z\s-]{1,40}$/i],
  "line-height": [CSS_LENGTH, CSS_KEYWORD],
  width: [CSS_LENGTH],
  height: [CSS_LENGTH],
  margin: [CSS_LENGTHS],
  padding: [CSS_LENGTHS],
  "vertical-align": [CSS_KEYWORD],
  "white-space": [CSS_KEYWORD],
  border: [/^(\d+(px)?\s+)?(solid|dashed|dotted|none)(\s+(#[0-9a-f]{3,8}|[a-z]{3,20}))?$/i],
};

const TABLE_ATTRIBUTES = [
  "align",
  "valign",
  "width",
  "height",
  "colspan",
  "rowspan",
  "border",
  "cellpadding",
  "cellspacing",
  "bgcolor",
];

const REMOTE_URL = /^https?:\/\//i;
// Relative URLs would resolve against Mend's own origin when an agent views the mail, so only absolute ones stay.
const ABSOLUTE_LINK = /^(https?:\/\/|mailto:|tel:)/i;
const EMBEDDED_IMAGE = /^cid:/i;

// htmlparser2 walks its open-element stack on every end tag, so cost grows with depth squared; real
// mail nests a few dozen levels, hostile mail tens of thousands.
const MAX_NESTING_DEPTH = 500;
const VOID_OR_SELF_CLOSING = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
// End tags that HTML lets authors omit; counting them would overstate the depth of sloppy but harmless mail.
const OPTIONAL_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "td",
  "th",
  "tr",
  "tbody",
  "thead",
  "tfoot",
  "option",
  "colgroup",
  "rb",
  "rt",
  "rp",
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

export interface SanitizeEmailHtmlOptions {
  html: string;
  /** When false (the default) remote images do not load: tracking pixels stay silent until an agent opts in. */
  allowRemoteImages?: boolean;
}

/**
 * Reduces an email's HTML to an inert allow-list: no scripts, styles sheets, frames, SVG, forms, event
 * handlers, javascript:/data: URLs or CSS that can run code. The result is safe to store and to render.
 */
export function sanitizeEmailHtml({ html, allowRemoteImages = false }: SanitizeEmailHtmlOptions): string {
  if (nestingDepth(html) > MAX_NESTING_DEPTH) {
    // Keep the words, drop the structure: the text stays readable and the work stays linear.
    return sanitizeHtml(html.replace(/<[^>]*>/g, " ").replace(/[ \t]+/g, " "), {
      allowedTags: [],
      allowedAttributes: {},
    });
  }
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      "*": ["style", "dir", "lang", "title", "align"],
      a: ["href", "name", "target", "rel"],
      img: ["src", "alt", "width", "height", "data-remote-src"],
      font: ["color", "size", "face"],
      table: TABLE_ATTRIBUTES,
      td: TABLE_ATTRIBUTES,
      th: TABLE_ATTRIBUTES,
      tr: TABLE_ATTRIBUTES,
      ol: ["start", "type"],
      blockquote: ["type"],
    },
    allowedStyles: { "*": ALLOWED_STYLES },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: allowRemoteImages ? ["http", "https", "cid"] : ["cid"] },
    allowProtocolRelative: false,
    nonTextTags: ["script", "style", "textarea", "option", "xmp", "title", "noscript", "head"],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: {
          ...(ABSOLUTE_LINK.test(attribs.href?.trim() ?? "") ? { href: attribs.href?.trim() ?? "" } : {}),
          ...(attribs.name ? { name: attribs.name } : {}),
          target: "_blank",
          rel: "noopener noreferrer nofollow",
        },
      }),
      img: (tagName, attribs) => ({ tagName, attribs: rewriteImage(attribs, allowRemoteImages) }),
    },
  });
}

function rewriteImage(attribs: sanitizeHtml.Attributes, allowRemoteImages: boolean): sanitizeHtml.Attributes {
  const kept: sanitizeHtml.Attributes = {};
  for (const name of ["alt", "width", "height", "style", "title"]) {
    const value = attribs[name];
    if (value !== undefined) kept[name] = value;
  }
  const src = (attribs.src ?? "").trim();
  if (REMOTE_URL.test(src)) {
    if (allowRemoteImages) kept.src = src;
    else kept["data-remote-src"] = src;
  } else if (EMBEDDED_IMAGE.test(src)) {
    kept.src = src;
  }
  return kept;
}

/** Maximum depth of open elements, counted in one pass; stops as soon as the limit is passed. */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = (match[2] ?? "").toLowerCase();
    if (VOID_OR_SELF_CLOSING.has(name) || OPTIONAL_END.has(name) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING_DEPTH) break;
  }
  return deepest;
}
