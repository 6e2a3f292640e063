import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { api, setUnauthorizedHandler, unwrap } from "./api";
import type { Schemas } from "./api-types";

export const sessionQueryKey = ["session"] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/auth/me", { signal }), { redirectOnUnauthorized: false }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export type Credentials = Schemas["CredentialsInput"];

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      unwrap(api.POST("/api/v1/auth/login", { body: credentials }), { redirectOnUnauthorized: false }),
    onSuccess: (session) => {
      // Whatever was cached belonged to whoever was signed in before.
      queryClient.removeQueries();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/auth/logout"), { redirectOnUnauthorized: false }),
    onSettled: () => {
      navigate("/sign-in", { replace: true });
      queryClient.clear();
    },
  });
}

export function signInPath(returnTo: string): string {
  return returnTo && returnTo !== "/" ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in";
}

/** Only same-site paths are honoured, so a crafted link cannot bounce someone elsewhere after sign-in. */
export function safeReturnPath(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/sign-in")) return "/";
  return next;
}

/** When a session expires mid-shift, send the person to sign in and bring them back afterwards. */
export function useUnauthorizedRedirect(): void {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const { pathname, search } = window.location;
      if (pathname === "/sign-in") return;
      queryClient.clear();
      navigate(signInPath(pathname + search), { replace: true });
    });
  }, [navigate, queryClient]);
}
