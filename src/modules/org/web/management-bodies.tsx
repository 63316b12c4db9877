import { Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import type { ManagementBody, UnitDetail } from '../org.contract.js';
import { BodyCloseModal, BodyCreateModal } from './management-body-modals.js';
import { orgMessages } from './org.messages.js';
import { actionMessages } from './unit-actions.messages.js';
import { useOrgLabels } from './unit-labels.js';
import { MUTED_TEXT } from './ui.js';

/** Diện quản lý: the bodies of this unit that decide cadre matters, with add and close. */
export function ManagementBodies({ unit }: { unit: UnitDetail }) {
  const t = useT(orgMessages);
  const ta = useT(actionMessages);
  const labels = useOrgLabels();
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<ManagementBody | null>(null);
  const canEdit = unit.can.edit && unit.status === 'active';

  return (
    <section>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}>
        <h3 style={{ fontSize: 16, margin: 0 }}>{t('bodies')}</h3>
        {canEdit && <Button onClick={() => setAdding(true)}>{ta('addBody')}</Button>}
      </div>
      {unit.managementBodies.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bodiesEmpty')} />
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {unit.managementBodies.map((b) => (
            <li
              key={b.id}
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                gap: 8,
                alignItems: 'center',
                padding: '8px 0',
                borderBottom: '1px solid #f0f0f0',
              }}
            >
              <div style={{ flex: '1 1 200px', minWidth: 0 }}>
                <div style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{b.name}</div>
                <div style={{ color: MUTED_TEXT, fontSize: 13 }}>
                  {labels.bodyKind(b.kind)} · {t('bodyFrom', { date: formatDate(b.validFrom) })}
                </div>
              </div>
              {b.validTo ? (
                <Tag>{t('bodyClosedOn', { date: formatDate(b.validTo) })}</Tag>
              ) : (
                canEdit && (
                  <Button size="small" aria-label={ta('closeBodyNamed', { name: b.name })} onClick={() => setClosing(b)}>
                    {ta('closeBody')}
                  </Button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {adding && <BodyCreateModal unit={unit} onClose={() => setAdding(false)} />}
      {closing && <BodyCloseModal body={closing} onClose={() => setClosing(null)} />}
    </section>
  );
}
