import { Badge, Tooltip } from '@mantine/core';
import { useT } from '../i18n/i18n.js';

/** The unmistakable mark of a demo unit: nobody should mistake generated people for real ones. */
export function DemoBadge() {
  const t = useT();
  return (
    <Tooltip label={t.finish.demoHint} multiline maw={320}>
      <Badge color="orange" variant="filled" size="lg" radius="sm" data-testid="demo-badge">
        {t.app.demoBadge}
      </Badge>
    </Tooltip>
  );
}
