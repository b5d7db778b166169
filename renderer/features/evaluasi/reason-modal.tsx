/**
 * A dialog that asks for one text before a step (reopen with a reason, ask for a revision with a
 * note) or only a confirmation (lock). The core's refusal stays in the dialog: beside the field
 * when it names it, as a sentence otherwise.
 */
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { ModalActions } from '../../components/modal-actions.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useT } from '../../i18n/i18n.js';
import { issueAt } from '../../lib/contract-form.js';

type Props = {
  title: string;
  intro: string;
  /** The text asked for; none: a plain confirmation. */
  field?: { label: string; path: string; max: number | undefined; emptyReason: string };
  confirm: string;
  color?: string;
  busy: boolean;
  error: AppError | null;
  onConfirm: (text: string) => void;
  onClose: () => void;
};

export function ReasonModal({ title, intro, field, confirm, color, busy, error, onConfirm, onClose }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const fieldError = field ? issueAt(error, field.path) : undefined;
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        {field && (
          <LimitedTextarea
            label={field.label}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            max={field.max}
            error={fieldError}
            data-autofocus
          />
        )}
        <ErrorAlert error={fieldError ? null : error} />
        <ModalActions onCancel={onClose}>
          <SubmitButton type="button" color={color} loading={busy} onClick={() => onConfirm(text)} reason={field && text.trim() === '' ? field.emptyReason : null}>
            {confirm}
          </SubmitButton>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
