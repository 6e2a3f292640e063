import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./api";
import type { Schemas } from "./api-types";

export type ReplyTemplate = Schemas["ReplyTemplate"];
export type ReplyTemplateBody = Schemas["NewReplyTemplateInput"];

export const templatesQueryKey = ["reply-templates"] as const;
// An organization keeps at most this many, so one page holds them all.
const pageSize = 500;

export function useReplyTemplates() {
  return useQuery({
    queryKey: templatesQueryKey,
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/reply-templates", { params: { query: { limit: pageSize } }, signal })),
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
      unwrap(
        id
          ? api.PATCH("/api/v1/reply-templates/{id}", { params: { path: { id } }, body })
          : api.POST("/api/v1/reply-templates", { body }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteTemplate() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/reply-templates/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
