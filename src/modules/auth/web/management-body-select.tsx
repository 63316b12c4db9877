import { Select } from 'antd';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { useT } from '../../../platform/web/i18n.js';
import { orgEndpoints } from '../../org/web/index.js';
import { accountsMessages } from './accounts.messages.js';

interface ManagementBodySelectProps {
  readonly unitId: number | undefined;
  readonly id?: string;
  readonly value?: number | null;
  readonly onChange?: (value: number | undefined) => void;
}

/** The management bodies of a unit still in force, for a decider grant (the body belongs to the unit). */
export function ManagementBodySelect({ unitId, id, value, onChange, ...rest }: ManagementBodySelectProps) {
  const t = useT(accountsMessages);
  const unit = useApiQuery(orgEndpoints.getUnit, { params: { id: unitId ?? 0 } }, { enabled: unitId != null });
  const bodies = (unit.data?.managementBodies ?? []).filter((b) => b.validTo === null);
  // No choice to offer: say so in a disabled select rather than open an empty list.
  const none = unitId != null && unit.isSuccess && bodies.length === 0;
  return (
    <Select<number>
      {...rest}
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      disabled={unitId == null || none}
      loading={unit.isFetching}
      placeholder={unitId == null ? t('pickUnitFirst') : none ? t('noBodies') : t('bodyPlaceholder')}
      options={bodies.map((b) => ({ value: b.id, label: b.name }))}
      style={{ width: '100%' }}
    />
  );
}
