/** The unit tree as nested lists; each branch folds, and editors get add/edit buttons per unit. */
import { ActionIcon, Badge, Box, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { UnitKerja } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import type { UnitNode } from '../../lib/unit-tree.js';

type Props = {
  nodes: UnitNode[];
  canEdit: boolean;
  onAddChild: (parent: UnitKerja) => void;
  onEdit: (unit: UnitKerja) => void;
};

export function UnitTreeView({ nodes, canEdit, onAddChild, onEdit }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="unit-tree">
      {nodes.map((n) => (
        <UnitBranch key={n.unit.id} node={n} collapsed={collapsed} toggle={toggle} canEdit={canEdit} onAddChild={onAddChild} onEdit={onEdit} />
      ))}
    </Box>
  );
}

type BranchProps = Omit<Props, 'nodes'> & { node: UnitNode; collapsed: ReadonlySet<string>; toggle: (id: string) => void };

function UnitBranch({ node, collapsed, toggle, canEdit, onAddChild, onEdit }: BranchProps) {
  const t = useT();
  const { unit, children } = node;
  const open = !collapsed.has(unit.id);
  return (
    <li>
      <Group gap="xs" py={4} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        {children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            size="sm"
            onClick={() => toggle(unit.id)}
            aria-expanded={open}
            aria-label={open ? t.units.collapse(unit.nama) : t.units.expand(unit.nama)}
          >
            {open ? '▾' : '▸'}
          </ActionIcon>
        ) : (
          <Box w={22} />
        )}
        <Text fw={node.depth === 0 ? 600 : 400} style={{ flex: 1 }} truncate="end">
          {unit.nama}
        </Text>
        <Badge variant="light" color="gray" radius="sm">
          {unit.kode}
        </Badge>
        {canEdit && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" onClick={() => onAddChild(unit)} aria-label={t.units.addChildOf(unit.nama)}>
              {t.units.addChild}
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={() => onEdit(unit)} aria-label={t.units.editOf(unit.nama)}>
              {t.app.edit}
            </Button>
          </Group>
        )}
      </Group>
      {open && children.length > 0 && (
        <Box component="ul" m={0} pl="lg" style={{ listStyle: 'none' }}>
          {children.map((c) => (
            <UnitBranch key={c.unit.id} node={c} collapsed={collapsed} toggle={toggle} canEdit={canEdit} onAddChild={onAddChild} onEdit={onEdit} />
          ))}
        </Box>
      )}
    </li>
  );
}
