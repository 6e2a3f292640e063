import { type ComplaintField, HONEYPOT_FIELD } from "./complaint-form";

// Server-rendered pages for people without an account: no script, no inline style (the content
// security policy allows neither), one stylesheet at /c/complaint.css.

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/c/complaint.css">
</head>
<body>
<main class="sheet">
${body}
</main>
<p class="footer">Handled with Mend</p>
</body>
</html>`;
}

const fields: {
  name: ComplaintField;
  label: string;
  hint?: string;
  type: string;
  autocomplete?: string;
  max: number;
}[] = [
  { name: "name", label: "Your name", type: "text", autocomplete: "name", max: 200 },
  {
    name: "email",
    label: "Email",
    hint: "So we can write back. Email or phone, at least one.",
    type: "email",
    autocomplete: "email",
    max: 254,
  },
  { name: "phone", label: "Phone", type: "tel", autocomplete: "tel", max: 25 },
  { name: "orderReference", label: "Order or booking reference (if you have one)", type: "text", max: 100 },
  {
    name: "message",
    label: "What happened?",
    hint: "Tell us in your own words; the more we know, the better we can put it right.",
    type: "textarea",
    max: 10_000,
  },
  {
    name: "desiredOutcome",
    label: "What would you like us to do?",
    hint: "A refund, a replacement, a call back, an apology: tell us what would put this right.",
    type: "textarea",
    max: 2000,
  },
];

export function renderComplaintForm(options: {
  orgName: string;
  action: string;
  values?: Partial<Record<ComplaintField, string>>;
  errors?: Partial<Record<ComplaintField, string>>;
}): string {
  const { values = {}, errors = {} } = options;
  const problems = Object.keys(errors).length;
  const inputs = fields
    .map((field) => {
      const id = `f-${field.name}`;
      const error = errors[field.name];
      const value = escapeHtml(values[field.name] ?? "");
      const described = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
        .filter(Boolean)
        .join(" ");
      const common = `id="${id}" name="${field.name}" maxlength="${field.max}"${described ? ` aria-describedby="${described}"` : ""}${error ? ' aria-invalid="true"' : ""}`;
      const control =
        field.type === "textarea"
          ? `<textarea ${common} rows="${field.name === "message" ? 7 : 3}">${value}</textarea>`
          : `<input ${common} type="${field.type}" value="${value}"${field.autocomplete ? ` autocomplete="${field.autocomplete}"` : ""}>`;
      return `<div class="field${error ? " invalid" : ""}">
<label for="${id}">${escapeHtml(field.label)}</label>
${field.hint ? `<p class="hint" id="${id}-hint">${escapeHtml(field.hint)}</p>` : ""}
${control}
${error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ""}
</div>`;
    })
    .join("\n");
  return page(
    `Tell ${options.orgName} what went wrong`,
    `<h1>Tell ${escapeHtml(options.orgName)} what went wrong</h1>
<p class="lead">We read every complaint, and a person will get back to you.</p>
${problems ? `<div class="alert" role="alert">Please check the ${problems === 1 ? "field" : `${problems} fields`} marked below.</div>` : ""}
<form method="post" action="${escapeHtml(options.action)}" novalidate>
${inputs}
<div class="trap" aria-hidden="true">
<label for="f-${HONEYPOT_FIELD}">Leave this empty</label>
<input id="f-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off">
</div>
<button type="submit">Send my complaint</button>
</form>`,
  );
}

export function renderComplaintReceived(options: {
  orgName: string;
  reference: number | null;
  due: string | null;
  emailed: boolean;
}): string {
  return page(
    `${options.orgName} has your complaint`,
    `<h1>Thank you — we have your complaint</h1>
${options.reference !== null ? `<p class="reference">Your reference: <strong>${options.reference}</strong></p>` : ""}
<p>${options.due ? `${escapeHtml(options.orgName)} will answer you by <strong>${escapeHtml(options.due)}</strong>.` : `${escapeHtml(options.orgName)} will answer you as soon as possible.`}</p>
${options.emailed ? "<p>We have also sent this reference to your email address.</p>" : ""}
<p>If you get in touch again, mention the reference so it reaches the person handling your case.</p>`,
  );
}

export function renderNotice(options: { title: string; text: string }): string {
  return page(options.title, `<h1>${escapeHtml(options.title)}</h1>\n<p>${escapeHtml(options.text)}</p>`);
}
