import { Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail } from '../org.contract.js';
import { currentKindsAllowedUnder } from '../unit-kinds.js';
import { actionMessages } from './unit-actions.messages.js';
import { UnitCreateModal } from './unit-create-modal.js';
import { UnitDissolveModal } from './unit-dissolve-modal.js';
import { UnitMergeModal } from './unit-merge-modal.js';
import { UnitMoveModal } from './unit-move-modal.js';
import { UnitRenameModal } from './unit-rename-modal.js';

type Action = 'create' | 'rename' | 'move' | 'merge' | 'dissolve';

/** The unit's actions, shown only when the policy allows them (`can`); the server checks again. */
export function UnitActions({ unit, onSelect }: { unit: UnitDetail; onSelect(id: number): void }) {
  const t = useT(actionMessages);
  const [open, setOpen] = useState<Action | null>(null);
  const active = unit.status === 'active';
  const canEdit = unit.can.edit && active;
  // A chi bộ, a party board … take no children: no button that could only lead to a refusal.
  const canCreate = unit.can.createChild && active && currentKindsAllowedUnder(unit.kind).length > 0;
  if (!canEdit && !canCreate) return null;

  const close = () => setOpen(null);

  return (
    <section aria-label={t('actions')} style={{ marginBottom: 8 }}>
      <Space wrap>
        {canCreate && (
          <Button type="primary" onClick={() => setOpen('create')}>
            {t('createChild')}
          </Button>
        )}
        {canEdit && (
          <>
            <Button onClick={() => setOpen('rename')}>{t('rename')}</Button>
            <Button onClick={() => setOpen('move')}>{t('move')}</Button>
            <Button onClick={() => setOpen('merge')}>{t('merge')}</Button>
            <Button danger onClick={() => setOpen('dissolve')}>
              {t('dissolve')}
            </Button>
          </>
        )}
      </Space>
      {open === 'create' && <UnitCreateModal parent={unit} onClose={close} onCreated={(created) => onSelect(created.id)} />}
      {open === 'rename' && <UnitRenameModal unit={unit} onClose={close} />}
      {open === 'move' && <UnitMoveModal unit={unit} onClose={close} />}
      {open === 'merge' && <UnitMergeModal unit={unit} onClose={close} />}
      {open === 'dissolve' && <UnitDissolveModal unit={unit} onClose={close} />}
    </section>
  );
}
