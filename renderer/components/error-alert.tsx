import { Alert, List } from '@mantine/core';
import type { AppError } from '../../shared/result.js';

/**
 * Shows a core error as it came (messages are already Indonesian), with per-field issues listed.
 * Renders nothing for null, so it can sit in a form unconditionally.
 */
export function ErrorAlert({ error, title }: { error: AppError | null | undefined; title?: string }) {
  if (!error) return null;
  const issues = error.issues ?? [];
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid="error-alert">
      {error.message}
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((i) => (
            <List.Item key={`${i.path}:${i.message}`}>{i.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
