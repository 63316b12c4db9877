import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { ETHNIC_GROUPS } from '../people-codes.js';
import { dateToWire, fieldRule } from './person-form-rules.js';
import { fieldMessages } from './person-fields.messages.js';
import { usePeopleLabels } from './people-labels.js';
import { DATE_FORMAT } from './ui.js';

export const HALF = { xs: 24, sm: 12 } as const;

/** Form 2C items 1–2, 4, 8–9, 25: name (split), other names, gender, birth date, ethnicity, religion, ID. */
export function IdentityFields() {
  const t = useT(fieldMessages);
  const labels = usePeopleLabels();
  const { locale } = labels;
  const required = (field: string) => ({ required: true, message: t('required', { field: field.toLowerCase() }) });
  return (
    <Row gutter={[16, 0]}>
      <Col {...HALF}>
        <Form.Item name="hoDem" label={t('hoDem')} rules={[required(t('hoDem')), fieldRule('hoDem', locale)]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="ten" label={t('ten')} rules={[required(t('ten')), fieldRule('ten', locale)]}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="otherNames" label={t('otherNames')} rules={[fieldRule('otherNames', locale)]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="gender" label={t('gender')} rules={[required(t('gender'))]}>
          <Select options={labels.options.gender} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item
          name="dateOfBirth"
          label={t('dateOfBirth')}
          rules={[required(t('dateOfBirth')), fieldRule('dateOfBirth', locale, dateToWire)]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="yearOnly" valuePropName="checked" style={{ marginTop: -16 }}>
          <Checkbox>{t('yearOnly')}</Checkbox>
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="idNumber" label={t('idNumber')} rules={[fieldRule('idNumber', locale, (v) => v || undefined)]}>
          <Input inputMode="numeric" maxLength={12} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="ethnicity" label={t('ethnicity')} rules={[required(t('ethnicity'))]}>
          <Select showSearch options={ETHNIC_GROUPS.map((g) => ({ value: g, label: g }))} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="religion" label={t('religion')} rules={[required(t('religion')), fieldRule('religion', locale)]}>
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}
