import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { applyApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { useNotify } from './org-notify.js';
import { actionMessages } from './unit-actions.messages.js';

export interface ConfirmText {
  title: string;
  content: ReactNode;
}

interface ActionModalProps<V extends object> {
  form: FormInstance<V>;
  title: string;
  okText?: string;
  danger?: boolean;
  /** What the action does, shown above the form. */
  intro?: ReactNode;
  initialValues?: Partial<V>;
  /** A second, explicit confirmation for actions that cannot simply be undone. */
  confirm?: (values: V) => ConfirmText;
  onSubmit(values: V): Promise<unknown>;
  /** Called on cancel and after a successful submit. */
  onClose(): void;
  children: ReactNode;
}

/**
 * One dialog shape for every tree change: a vertical form, the server's refusal shown beside the
 * fields it names (`body.name` → `name`) and, with the rest, in an alert above the form.
 */
export function ActionModal<V extends object>(props: ActionModalProps<V>) {
  const { form, title, okText, danger, intro, initialValues, confirm, onSubmit, onClose, children } = props;
  const t = useT(actionMessages);
  const [modal, holder] = Modal.useModal();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the field errors
    }
    if (confirm) {
      const text = confirm(values);
      const confirmed = await modal.confirm({
        title: text.title,
        content: text.content,
        okText: t('confirm'),
        cancelText: t('cancel'),
        okButtonProps: { danger: true },
      });
      if (!confirmed) return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      notify.success(t('done'));
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
      okButtonProps={{ danger: danger ?? false, loading: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={560}
    >
      {holder}
      {intro && <Alert type={danger ? 'warning' : 'info'} showIcon title={intro} style={{ marginBottom: 16 }} />}
      <ErrorAlert error={error} />
      <Form<V> form={form} layout="vertical" initialValues={initialValues} requiredMark onFinish={() => void submit()}>
        {children}
      </Form>
    </Modal>
  );
}
