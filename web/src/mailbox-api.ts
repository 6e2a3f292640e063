import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./api";
import type { ResponseOf, Schemas } from "./api-types";

export type Mailbox = Schemas["EmailChannel"];
export type CreatedMailbox = ResponseOf<"createEmailChannel", 201>;
export type MailboxCheck = NonNullable<MailboxTestResult["imap"]>;
export type MailboxTestResult = ResponseOf<"testEmailChannel">;
export type CreateMailboxBody = Schemas["NewEmailChannelInput"];
export type UpdateMailboxBody = Schemas["EmailChannelChangeInput"];
export type ImapSettingsBody = NonNullable<UpdateMailboxBody["imap"]>;
export type SmtpSettingsBody = NonNullable<UpdateMailboxBody["smtp"]>;

export const mailboxesQueryKey = ["channels", "email"] as const;

export function useMailboxes(enabled: boolean) {
  return useQuery({
    queryKey: mailboxesQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/channels/email", { signal })),
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
    mutationFn: (body: CreateMailboxBody) => unwrap(api.POST("/api/v1/channels/email", { body })),
    onSuccess: refresh,
  });
}

export function useUpdateMailbox(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (body: UpdateMailboxBody) =>
      unwrap(api.PATCH("/api/v1/channels/email/{id}", { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useDeleteMailbox(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/channels/email/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useTestMailbox(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/channels/email/{id}/test", { params: { path: { id } } })),
  });
}

export function usePollMailbox(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/channels/email/{id}/poll", { params: { path: { id } } })),
    // The poll runs as a job; a later look at the list shows what it found.
    onSuccess: () => setTimeout(refresh, 3000),
  });
}
