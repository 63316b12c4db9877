import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../platform/web/i18n.js';
import { UnitPicker } from '../../org/web/index.js';
import { ManagementBodyPicker } from './management-body-picker.js';
import { usePeopleLabels } from './people-labels.js';
import type { PeopleCriteria } from './people-search-params.js';
import { peopleMessages } from './people.messages.js';

type Values = Omit<PeopleCriteria, 'search' | 'sort' | 'bodyUnitId'>;

function toCriteria(v: Values): Values {
  const c: Values = {};
  for (const [k, value] of Object.entries(v) as [keyof Values, unknown][]) {
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) continue;
    Object.assign(c, { [k]: typeof value === 'string' ? value.trim() : value });
  }
  return c;
}

interface Props {
  criteria: PeopleCriteria;
  onApply(c: PeopleCriteria): void;
}

/** Unit (with its subunits), status, gender, age band, party, education, theory, management body, post. */
export function PeopleFiltersForm({ criteria, onApply }: Props) {
  const { bodyUnitId } = criteria;
  const t = useT(peopleMessages);
  const labels = usePeopleLabels();
  const [form] = Form.useForm<Values>();
  const [bodyUnit, setBodyUnit] = useState(bodyUnitId);
  // The URL can change under the form (back button, a shared link): show what is applied.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(criteria);
    setBodyUnit(bodyUnitId);
  }, [form, criteria, bodyUnitId]);

  const all = { value: '', label: t('all') };
  const select = (options: { value: string; label: string }[]) => (
    <Select options={[all, ...options]} style={{ width: '100%' }} />
  );
  const span = { xs: 24, sm: 12, xl: 8 };

  return (
    <Form<Values>
      form={form}
      name="peopleFilters"
      layout="vertical"
      initialValues={criteria}
      onFinish={(v) => onApply({ ...toCriteria(v), ...(bodyUnit ? { bodyUnitId: bodyUnit } : {}) })}
    >
      <Row gutter={[16, 0]}>
        <Col {...span}>
          <Form.Item name="unitId" label={t('unit')} extra={t('includeSubunits')}>
            <UnitPicker placeholder={t('unitPlaceholder')} includeInactive allowClear />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="status" label={t('status')}>
            {select(labels.options.status)}
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="gender" label={t('gender')}>
            {select(labels.options.gender)}
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="ageBand" label={t('ageBand')}>
            {select(labels.options.ageBand)}
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="partyMember" label={t('partyMember')}>
            {select([
              { value: 'true', label: t('yes') },
              { value: 'false', label: t('no') },
            ])}
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="educationLevel" label={t('educationLevel')}>
            {select(labels.options.education)}
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="politicalTheory" label={t('politicalTheory')}>
            {select(labels.options.theory)}
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="postTitle" label={t('postTitle')}>
            <Input placeholder={t('postTitlePlaceholder')} allowClear maxLength={120} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="managementBodyId" label={t('managementBody')}>
            <ManagementBodyPicker
              unitId={bodyUnit}
              onUnitChange={setBodyUnit}
              unitLabel={t('managementBodyUnit')}
              bodyLabel={t('managementBody')}
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
            setBodyUnit(undefined);
            onApply({});
          }}
        >
          {t('reset')}
        </Button>
      </Space>
    </Form>
  );
}
