import { Center, Loader, Stack, Text } from '@mantine/core';

/** A long load: a spinner that screen readers announce, with what is being loaded. */
export function LoadingPanel({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
