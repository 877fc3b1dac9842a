import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useServerErrors } from '../../shared/use-server-errors';
import { useAuth } from './auth-context';

export function SignInPage() {
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value) ? null : 'Enter your e-mail address'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });
  const errors = useServerErrors(form, ['email', 'password']);

  if (session) return <Navigate to={from} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setSubmitting(true);
    errors.clear();
    try {
      await signIn(email.trim(), password);
      void navigate(from, { replace: true });
    } catch (error) {
      // A wrong e-mail or password is answered for the pair; show it at the password.
      errors.report(error, 'password');
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <Center mih="100dvh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
          <Stack>
            <div>
              <Title order={1} size="h3" id="sign-in-title">
                Sign in
              </Title>
              <Text c="dimmed" size="sm">
                Vertical AI consortiums and the compute credit exchange
              </Text>
            </div>
            {errors.formError ? (
              <Alert color="red" role="alert">
                {errors.formError}
              </Alert>
            ) : null}
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="username"
              required
              autoFocus
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
              // PasswordInput leaves the error's ARIA wiring to us.
              id="sign-in-password"
              errorProps={{ id: 'sign-in-password-error' }}
              aria-invalid={form.errors.password ? true : undefined}
              aria-describedby={form.errors.password ? 'sign-in-password-error' : undefined}
            />
            <Button type="submit" loading={submitting}>
              Sign in
            </Button>
            <Text size="xs" c="dimmed">
              Local demo: <code>npm start</code> prints the demo accounts and their passwords.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
