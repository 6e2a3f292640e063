import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "./api";

export interface Mailbox {
  id: string;
  name: string;
  address: string;
  enabled: boolean;
  imap: {
    host: string;
    port: number;
    tls: boolean;
    user: string;
    hasPassword: boolean;
    mailbox: string;
    moveTo: string | null;
  } | null;
  smtp: { host: string; port: number; tls: boolean; user: string | null; hasPassword: boolean };
  pollEverySeconds: number;
  maxMessageBytes: number;
  webhookUrl: string;
  lastPolledAt: string | null;
  lastPollError: string | null;
  createdAt: string;
}

export type CreatedMailbox = Mailbox & { webhookSecret: string };

export interface MailboxCheck {
  ok: boolean;
  error: string | null;
}

export interface MailboxTestResult {
  ok: boolean;
  imap: MailboxCheck | null;
  smtp: MailboxCheck;
}

export interface ImapSettingsBody {
  host?: string;
  port?: number;
  tls?: boolean;
  user?: string;
  password?: string;
  mailbox?: string;
  moveTo?: string | null;
}

export interface SmtpSettingsBody {
  host?: string;
  port?: number;
  tls?: boolean;
  user?: string | null;
  password?: string | null;
}

export interface CreateMailboxBody {
  name: string;
  address: string;
  imap?: ImapSettingsBody;
  smtp: SmtpSettingsBody;
  pollEverySeconds?: number;
}

export interface UpdateMailboxBody {
  name?: string;
  enabled?: boolean;
  imap?: ImapSettingsBody | null;
  smtp?: SmtpSettingsBody;
  pollEverySeconds?: number;
}

const base = "/api/v1/channels/email";
export const mailboxesQueryKey = ["channels", "email"] as const;

export function useMailboxes(enabled: boolean) {
  return useQuery({
    queryKey: mailboxesQueryKey,
    queryFn: ({ signal }) => api.get<{ items: Mailbox[] }>(base, { signal }),
    enabled,
  });
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: mailboxesQueryKey });
}

export function useCreateMailbox() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (body: CreateMailboxBody) => api.post<CreatedMailbox>(base, body),
    onSuccess: refresh,
  });
}

export function useUpdateMailbox(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (body: UpdateMailboxBody) => apiRequest<Mailbox>(`${base}/${id}`, { method: "PATCH", body }),
    onSuccess: refresh,
  });
}

export function useDeleteMailbox(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: () => apiRequest<void>(`${base}/${id}`, { method: "DELETE" }),
    onSuccess: refresh,
  });
}

export function useTestMailbox(id: string) {
  return useMutation({
    mutationFn: () => api.post<MailboxTestResult>(`${base}/${id}/test`),
  });
}

export function usePollMailbox(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: () => api.post<{ queued: boolean }>(`${base}/${id}/poll`),
    // The poll runs as a job; a later look at the list shows what it found.
    onSuccess: () => setTimeout(refresh, 3000),
  });
}
