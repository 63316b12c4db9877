import { App, Form, Input, Modal, Radio, Typography } from 'antd';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import type { ConsequenceItem } from '../reviews-decision.contract.js';
import { testId } from './review-labels.js';
import { useConsequenceUpdate } from './reviews.api.js';
import { reviewsAdminMessages } from './reviews-admin.messages.js';

interface Values {
  status: 'done' | 'dismissed';
  note: string;
}

/** Marking one consequence done or not applicable, with the note that says how or why (required). */
export function ConsequenceResolveModal({ item, onClose }: { item: ConsequenceItem; onClose: () => void }) {
  const t = useT(reviewsAdminMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useConsequenceUpdate();
  const errs = useFormApiError(form);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    errs.clearError();
    try {
      await update.mutateAsync({ params: { id: item.id }, body: { status: v.status, note: v.note.trim() } });
      void message.success(t('resolved'));
      onClose();
    } catch (e) {
      errs.onError(e);
    }
  };

  return (
    <Modal
      open
      title={t('resolveOf', { name: item.personName })}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: update.isPending, ...testId('consequence-resolve-submit') }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={600}
      destroyOnHidden
    >
      <Typography.Paragraph>{item.basis}</Typography.Paragraph>
      <ErrorAlert error={errs.error} />
      <Form<Values>
        form={form}
        name="review-consequence-resolve"
        layout="vertical"
        requiredMark
        initialValues={item.status === 'open' ? {} : { status: item.status, note: item.note ?? '' }}
      >
        <Form.Item name="status" label={t('resolveAs')} rules={[{ required: true, message: t('resolveAsRequired') }]}>
          <Radio.Group
            data-testid="consequence-resolve-status"
            options={[
              { value: 'done', label: t('conseq_done') },
              { value: 'dismissed', label: t('conseq_dismissed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('note')} rules={[{ required: true, whitespace: true, message: t('noteRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="consequence-resolve-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
