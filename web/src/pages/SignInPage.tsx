import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { isApiError } from "../api";
import { MendMark } from "../components/MendMark";
import { PageLoader } from "../components/PageStates";
import { safeReturnPath, useSession, useSignIn } from "../session";

function fieldError(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  return error.details.find((detail) => detail.field === field)?.reason;
}

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get("next"));
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState(false);

  if (session.isPending) return <PageLoader />;
  if (session.data) return <Navigate to={returnTo} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const incomplete = !email.trim() || !password;
    setMissing(incomplete);
    if (incomplete) return;
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(returnTo, { replace: true }) },
    );
  };

  // A failed session probe other than "not signed in" means the server itself is in trouble.
  const serverTrouble = session.error && !isApiError(session.error, 401) ? session.error : null;

  return (
    <Center mih="100vh" p="md">
      <Stack w="100%" maw={380} gap="lg">
        <Stack gap={4} align="center">
          <MendMark size={36} />
          <Text c="dimmed" size="sm" ta="center">
            Listen, put it right, and win customers back.
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" style={{ borderColor: "var(--mend-border)" }}>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <Title order={2} size="h3">
                Sign in
              </Title>
              {missing && (
                <Alert color="orange" variant="light" role="alert">
                  Please enter your email and password.
                </Alert>
              )}
              {!missing && signIn.error && (
                <Alert color="red" variant="light" role="alert" data-testid="sign-in-error">
                  {signIn.error.message}
                </Alert>
              )}
              {serverTrouble && !signIn.error && (
                <Alert color="orange" variant="light" role="alert">
                  {serverTrouble.message}
                </Alert>
              )}
              <TextInput
                label="Email"
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldError(signIn.error, "email")}
                required
                withAsterisk={false}
                autoFocus
              />
              <PasswordInput
                label="Password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldError(signIn.error, "password")}
                visible={showPassword}
                onVisibilityChange={setShowPassword}
                // The default label contains the word "password", which would make the field ambiguous by label.
                visibilityToggleButtonProps={{
                  "aria-label": showPassword ? "Hide characters" : "Show characters",
                }}
                required
                withAsterisk={false}
              />
              <Button type="submit" fullWidth loading={signIn.isPending}>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
