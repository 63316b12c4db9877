import { Button, Form, Input, Space } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { accountsMessages } from './accounts.messages.js';
import { randomPassword } from './random-password.js';

/** A temporary password an administrator sets, with a button that makes one up. */
export function TempPasswordField({ name = 'password', label }: { name?: string; label: string }) {
  const t = useT(accountsMessages);
  const form = Form.useFormInstance();
  return (
    <Form.Item label={label} required extra={t('tempPasswordHint')}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name={name} noStyle rules={[{ required: true, message: t('required', { field: label.toLowerCase() }) }]}>
          <Input autoComplete="new-password" spellCheck={false} aria-label={label} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Button onClick={() => form.setFieldValue(name, randomPassword())}>{t('generate')}</Button>
      </Space.Compact>
    </Form.Item>
  );
}
