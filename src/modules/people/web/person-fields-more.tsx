import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { UnitPicker } from '../../org/web/index.js';
import { dateToWire, fieldRule } from './person-form-rules.js';
import { HALF } from './person-fields-identity.js';
import { fieldMessages } from './person-fields.messages.js';
import { usePeopleLabels } from './people-labels.js';
import { DATE_FORMAT } from './ui.js';

type Key = Parameters<typeof fieldRule>[0];

function TextField({ name, max, hint }: { name: Key & keyof typeof fieldMessages.vi; max: number; hint?: string }) {
  const t = useT(fieldMessages);
  const { locale } = usePeopleLabels();
  return (
    <Col {...HALF}>
      <Form.Item name={name} label={t(name)} rules={[fieldRule(name, locale)]}>
        <Input maxLength={max} autoComplete="off" placeholder={hint} />
      </Form.Item>
    </Col>
  );
}

/** Form 2C items 5–7: birthplace and home town (current units), address, phone, email. */
export function ContactFields() {
  return (
    <Row gutter={[16, 0]}>
      <TextField name="birthplace" max={300} />
      <TextField name="homeTown" max={300} />
      <TextField name="address" max={300} />
      <TextField name="phone" max={30} />
      <TextField name="email" max={200} />
    </Row>
  );
}

/** Status and unit (required), form 2C item 19: rank, step, coefficient. */
export function WorkFields() {
  const t = useT(fieldMessages);
  const labels = usePeopleLabels();
  const required = (field: string) => ({ required: true, message: t('required', { field: field.toLowerCase() }) });
  return (
    <Row gutter={[16, 0]}>
      <Col {...HALF}>
        <Form.Item name="status" label={t('status')} rules={[required(t('status'))]}>
          <Select options={labels.options.status} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="unitId" label={t('unit')} rules={[required(t('unit'))]}>
          <UnitPicker />
        </Form.Item>
      </Col>
      <TextField name="civilServiceRank" max={120} />
      <TextField name="civilServiceRankCode" max={20} />
      <Col {...HALF}>
        <Form.Item name="salaryStep" label={t('salaryStep')} rules={[fieldRule('salaryStep', labels.locale)]}>
          <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item
          name="salaryCoefficient"
          label={t('salaryCoefficient')}
          rules={[fieldRule('salaryCoefficient', labels.locale)]}
        >
          <InputNumber min={0} max={20} step={0.01} decimalSeparator="," style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Form 2C item 17: general, professional, academic, political theory, state management, languages, IT. */
export function EducationFields() {
  const t = useT(fieldMessages);
  const labels = usePeopleLabels();
  return (
    <Row gutter={[16, 0]}>
      <TextField name="educationGeneral" max={20} hint={t('educationGeneralHint')} />
      <Col {...HALF}>
        <Form.Item name="educationLevel" label={t('educationLevel')}>
          <Select allowClear options={labels.options.education} />
        </Form.Item>
      </Col>
      <TextField name="educationMajor" max={200} />
      <TextField name="academicTitle" max={100} />
      <Col {...HALF}>
        <Form.Item name="politicalTheory" label={t('politicalTheory')}>
          <Select allowClear options={labels.options.theory} />
        </Form.Item>
      </Col>
      <TextField name="stateManagement" max={100} />
      <TextField name="languages" max={200} />
      <TextField name="itLevel" max={100} />
    </Row>
  );
}

/** Form 2C items 14 and 24: party dates and cell; health. */
export function PartyHealthFields() {
  const t = useT(fieldMessages);
  const { locale } = usePeopleLabels();
  return (
    <Row gutter={[16, 0]}>
      <Col {...HALF}>
        <Form.Item name="partyJoinDate" label={t('partyJoinDate')} rules={[fieldRule('partyJoinDate', locale, dateToWire)]}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item
          name="partyOfficialDate"
          label={t('partyOfficialDate')}
          rules={[fieldRule('partyOfficialDate', locale, dateToWire)]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name="partyCellId" label={t('partyCell')}>
          <UnitPicker track="party" allowClear />
        </Form.Item>
      </Col>
      <TextField name="health" max={100} />
    </Row>
  );
}
