import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { UnitPicker } from '../../org/web/index.js';
import { actionLabels, entityLabels } from './audit-labels.messages.js';
import type { AuditFilters } from './audit-search-params.js';
import { fromVnIso, toVnIso } from './audit-time.js';
import { auditMessages } from './audit.messages.js';

type Range = [Dayjs | null, Dayjs | null] | null;

interface Values {
  unitId?: number;
  actor?: string;
  entityType?: string;
  action?: string;
  range?: Range;
}

type Criteria = Omit<AuditFilters, 'page' | 'pageSize'>;

function toValues(f: AuditFilters): Values {
  const from = fromVnIso(f.from) ?? null;
  const to = fromVnIso(f.to) ?? null;
  return { unitId: f.unitId, actor: f.actor, entityType: f.entityType, action: f.action, range: from || to ? [from, to] : null };
}

function toCriteria(v: Values): Criteria {
  const c: Criteria = {};
  if (v.unitId !== undefined && v.unitId !== null) c.unitId = v.unitId;
  if (v.actor?.trim()) c.actor = v.actor.trim();
  if (v.entityType?.trim()) c.entityType = v.entityType.trim();
  if (v.action?.trim()) c.action = v.action.trim();
  const [from, to] = v.range ?? [null, null];
  if (from) c.from = toVnIso(from.second(0));
  if (to) c.to = toVnIso(to.second(59));
  return c;
}

/** Unit, actor, entity type, action and time range; applied with the button, kept in the URL. */
export function AuditFiltersForm({ filters, onApply }: { filters: AuditFilters; onApply(c: Criteria): void }) {
  const t = useT(auditMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<Values>();
  // The URL can change under the form (back button, a shared link): show what is applied.
  // `filters` is memoized on the query string by the page.
  useEffect(() => form.setFieldsValue(toValues(filters)), [form, filters]);

  const actionOptions = Object.entries(actionLabels[locale]).map(([code, label]) => ({
    value: code,
    label: `${label} (${code})`,
  }));
  const entityOptions = Object.entries(entityLabels[locale]).map(([code, label]) => ({
    value: code,
    label: `${label} (${code})`,
  }));
  const span = { xs: 24, sm: 12, xl: 8 };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={toValues(filters)} onFinish={(v) => onApply(toCriteria(v))}>
      <Row gutter={[16, 0]}>
        <Col {...span}>
          <Form.Item name="unitId" label={t('unit')}>
            <UnitPicker placeholder={t('unitPlaceholder')} includeInactive allowClear />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="actor" label={t('actor')}>
            <Input placeholder={t('actorPlaceholder')} allowClear autoComplete="off" maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="entityType" label={t('entityType')}>
            <AutoComplete
              options={entityOptions}
              placeholder={t('entityTypePlaceholder')}
              allowClear
              showSearch={{ filterOption: true }}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="action" label={t('action')}>
            <AutoComplete
              options={actionOptions}
              placeholder={t('actionPlaceholder')}
              allowClear
              showSearch={{ filterOption: true }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={24} xl={16}>
          <Form.Item name="range" label={t('timeRange')}>
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm' }}
              format="DD/MM/YYYY HH:mm"
              allowEmpty={[true, true]}
              placeholder={[t('timeFrom'), t('timeTo')]}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap>
        <Button type="primary" htmlType="submit">
          {t('apply')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ unitId: undefined, actor: undefined, entityType: undefined, action: undefined, range: null });
            onApply({});
          }}
        >
          {t('reset')}
        </Button>
      </Space>
    </Form>
  );
}
