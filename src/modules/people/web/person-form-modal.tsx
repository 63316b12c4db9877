import { App, Divider, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { applyApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { profileMessages } from './person-profile.messages.js';

interface Props<V extends object> {
  form: FormInstance<V>;
  title: string;
  okText?: string;
  initialValues?: Partial<V>;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  onSubmit(values: V): Promise<unknown>;
  /** Called on cancel and after a successful submit. */
  onClose(): void;
  width?: number;
  /** Prefixes the fields' ids, so labels never point at a same-named field of the page's filters. */
  formName?: string;
  children: ReactNode;
}

/** One dialog shape for every change to a record: vertical form, the server's refusal beside its fields. */
export function PersonFormModal<V extends object>(props: Props<V>) {
  const { form, title, okText, initialValues, onValuesChange, onSubmit, onClose, width, children } = props;
  const formName = props.formName ?? 'person';
  const t = useT(profileMessages);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the field errors
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      void message.success(t('saved'));
      onClose();
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={width ?? 560}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<V>
        form={form}
        name={formName}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        requiredMark
        onFinish={() => void submit()}
      >
        {children}
      </Form>
    </Modal>
  );
}

/** A titled group of fields inside a long form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Divider titlePlacement="start" style={{ marginTop: 8 }}>
        {title}
      </Divider>
      {children}
    </>
  );
}
