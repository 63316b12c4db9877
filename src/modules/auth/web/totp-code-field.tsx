import { Form, Input, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useT } from '../../../platform/web/i18n.js';
import { signInMessages } from './sign-in.messages.js';

const onlyDigits = (v: unknown) => (typeof v === 'string' ? v.replace(/\D/g, '').slice(0, 6) : v);

/** The 6-digit code of an authenticator app: numeric keypad on phones, one-time-code autofill. */
export function TotpCodeField({ inputRef, autoFocus = false }: { inputRef?: Ref<InputRef>; autoFocus?: boolean }) {
  const t = useT(signInMessages);
  return (
    <Form.Item
      name="code"
      label={t('code')}
      normalize={onlyDigits}
      validateTrigger="onBlur"
      rules={[
        { required: true, message: t('codeRequired') },
        { pattern: /^\d{6}$/, message: t('codeFormat') },
      ]}
    >
      <Input
        ref={inputRef}
        autoFocus={autoFocus}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        size="large"
        style={{ fontSize: 24, letterSpacing: '0.4em', fontVariantNumeric: 'tabular-nums', maxWidth: 240 }}
      />
    </Form.Item>
  );
}
