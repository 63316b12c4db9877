import { Select, Space } from 'antd';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { orgEndpoints, UnitPicker, useOrgLabels } from '../../org/web/index.js';
import { peopleMessages } from './people.messages.js';

interface Props {
  /** The unit that owns the body (a party committee, a people's committee…). */
  unitId: number | undefined;
  onUnitChange(unitId: number | undefined): void;
  /** Set by antd Form.Item so its label points at the body select. */
  id?: string;
  value?: number | null;
  onChange?: (bodyId: number | undefined) => void;
  unitLabel: string;
  bodyLabel: string;
}

/**
 * A management body (diện quản lý) picked in two steps: the unit that owns it, then one of its bodies
 * (closed bodies are listed with their end date, since old records still name them).
 */
export function ManagementBodyPicker({ unitId, onUnitChange, id, value, onChange, unitLabel, bodyLabel }: Props) {
  const t = useT(peopleMessages);
  const labels = useOrgLabels();
  const unit = useApiQuery(orgEndpoints.getUnit, { params: { id: unitId ?? 0 } }, { enabled: unitId !== undefined });
  const bodies = unit.data?.managementBodies ?? [];
  const options = bodies.map((b) => ({
    value: b.id,
    label: `${b.name} (${labels.bodyKind(b.kind)})${b.validTo ? ` — ${formatDate(b.validTo)}` : ''}`,
  }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: `#${value}` });
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <UnitPicker
        aria-label={unitLabel}
        placeholder={unitLabel}
        value={unitId ?? null}
        onChange={(v) => {
          onUnitChange(v);
          onChange?.(undefined);
        }}
        includeInactive
        allowClear
      />
      <Select<number>
        id={id}
        aria-label={bodyLabel}
        value={value ?? undefined}
        onChange={(v) => onChange?.(v ?? undefined)}
        options={options}
        disabled={unitId === undefined && !value}
        placeholder={unitId === undefined ? t('managementBodyPlaceholder') : bodyLabel}
        loading={unit.isFetching}
        allowClear
        style={{ width: '100%' }}
      />
    </Space>
  );
}
