import type { CasePriority, CaseStatus, Channel, InteractionDirection, Role } from "./api-types";

export const statusLabels: Record<CaseStatus, string> = {
  new: "New",
  open: "Open",
  waiting_customer: "Waiting on customer",
  waiting_internal: "Waiting on us",
  resolved: "Resolved",
  following_up: "Following up",
  closed: "Closed",
};

export const statusColors: Record<CaseStatus, string> = {
  new: "clay",
  open: "mend",
  waiting_customer: "yellow",
  waiting_internal: "orange",
  resolved: "teal",
  following_up: "indigo",
  closed: "gray",
};

export const channelLabels: Record<Channel, string> = {
  email: "Email",
  sms: "SMS",
  twitter: "X / Twitter",
  facebook: "Facebook",
  instagram: "Instagram",
  webform: "Web form",
  phone: "Phone",
  visit: "In person",
  api: "API",
};

export const channelColors: Record<Channel, string> = {
  email: "blue",
  sms: "cyan",
  twitter: "dark",
  facebook: "indigo",
  instagram: "pink",
  webform: "violet",
  phone: "lime",
  visit: "orange",
  api: "gray",
};

export const priorityLabels: Record<CasePriority, string> = {
  low: "Low",
  normal: "Normal",
  high: "High",
  critical: "Critical",
};

export const priorityColors: Record<CasePriority, string> = {
  low: "gray",
  normal: "mend",
  high: "orange",
  critical: "red",
};

export const roleLabels: Record<Role, string> = {
  agent: "Agent",
  specialist: "Specialist",
  supervisor: "Supervisor",
  admin: "Admin",
};

export const directionLabels: Record<InteractionDirection, string> = {
  inbound: "From the customer",
  outbound: "To the customer",
  note: "Internal note",
};

export function labelOf<K extends string>(labels: Record<K, string>, key: string): string {
  return (labels as Record<string, string>)[key] ?? key;
}

export function colorOf<K extends string>(colors: Record<K, string>, key: string): string {
  return (colors as Record<string, string>)[key] ?? "gray";
}

export function customerName(name: string | null | undefined): string {
  return name?.trim() ? name : "Unnamed customer";
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function relativeTime(iso: string, now: number = Date.now()): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return "";
  const seconds = Math.round((time - now) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return relativeFormat.format(Math.round(seconds / 60), "minute");
}

const absoluteFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function absoluteTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : absoluteFormat.format(date);
}

/** The server stores risk as a whole number from 0 to 100. */
export function riskPercent(score: number): number {
  return Math.min(100, Math.max(0, Math.round(score)));
}

export function riskColor(score: number): string {
  const percent = riskPercent(score);
  if (percent >= 75) return "red";
  if (percent >= 50) return "orange";
  if (percent >= 25) return "yellow";
  return "teal";
}

const wholeAmountFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const centsAmountFormat = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const compactFormat = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

/** Customer values come without a currency; the business knows its own. */
export function formatAmount(value: number): string {
  return (Number.isInteger(value) ? wholeAmountFormat : centsAmountFormat).format(value);
}

export function followersLabel(followers: number): string {
  return `${compactFormat.format(followers)} ${followers === 1 ? "follower" : "followers"}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** `since` is a calendar date (YYYY-MM-DD), read as local midnight so it never shifts a day. */
export function customerSinceLabel(since: string, now: number = Date.now()): string {
  const [year, month, day] = since.split("-").map(Number);
  if (!year || !month || !day) return since;
  const date = new Date(year, month - 1, day);
  const years = Math.floor((now - date.getTime()) / (365.25 * 24 * 3600 * 1000));
  const tenure = years < 1 ? "less than a year" : years === 1 ? "1 year" : `${years} years`;
  return `${dateFormat.format(date)} (${tenure})`;
}
