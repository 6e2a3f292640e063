import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "./api";
import type { ReplyStage } from "./api-types";

export interface ReplyTemplate {
  id: string;
  name: string;
  body: string;
  stage: ReplyStage | null;
  variables: string[];
  createdAt: string;
  updatedAt: string;
  updatedBy: { id: string; name: string } | null;
}

export interface ReplyTemplateList {
  items: ReplyTemplate[];
  knownVariables: string[];
  nextCursor: string | null;
}

export interface ReplyTemplateBody {
  name: string;
  body: string;
  stage: ReplyStage | null;
}

const base = "/api/v1/reply-templates";
export const templatesQueryKey = ["reply-templates"] as const;
// An organization keeps at most this many, so one page holds them all.
const pageSize = 500;

export function useReplyTemplates() {
  return useQuery({
    queryKey: templatesQueryKey,
    queryFn: ({ signal }) => api.get<ReplyTemplateList>(base, { signal, query: { limit: pageSize } }),
    staleTime: 60_000,
  });
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: templatesQueryKey });
    // Drafts already checked were compared against the old library.
    void queryClient.invalidateQueries({ queryKey: ["coach"] });
  };
}

export function useSaveTemplate(id: string | null) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (body: ReplyTemplateBody) =>
      id
        ? apiRequest<ReplyTemplate>(`${base}/${id}`, { method: "PATCH", body })
        : api.post<ReplyTemplate>(base, body),
    onSuccess: refresh,
  });
}

export function useDeleteTemplate() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`${base}/${id}`, { method: "DELETE" }),
    onSuccess: refresh,
  });
}
