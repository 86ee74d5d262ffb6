import { evalCondition, stepProgress } from '@growthkit/core';
import { signal } from '@preact/signals';
import { attributesOf, textFor, type WidgetPreview } from './widget-preview.ts';

export const checklistPreview: WidgetPreview<'checklist'> = {
  label: 'Checklist',
  starter: {
    type: 'checklist',
    steps: [
      {
        id: 'create_doc',
        label: { en: 'Create your first doc', 'zh-CN': '创建你的第一篇文档' },
        complete: { kind: 'event', event: 'doc_created' },
      },
      {
        id: 'invite_teammate',
        label: { en: 'Invite a teammate', 'zh-CN': '邀请一位同事' },
        complete: { kind: 'event', event: 'teammate_invited' },
      },
      { id: 'upload_file', label: { en: 'Upload a file', 'zh-CN': '上传一个文件' }, complete: { kind: 'event', event: 'file_uploaded' } },
    ],
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/checklist');
    const text = textFor(scene);
    const attributes = attributesOf(scene);
    const statuses = signal(
      stepProgress(
        campaign.widget.steps,
        {},
        {
          eventCount: (event) => scene.persona.events[event] ?? 0,
          matches: (condition) => evalCondition(attributes, condition),
        },
      ),
    );
    const collapsed = signal(campaign.widget.collapsed);
    const setStatus = (id: string, status: 'done' | 'skipped') => {
      statuses.value = statuses.peek().map((step) => (step.id === id ? { ...step, status } : step));
    };
    return mount(
      root,
      {
        title: text(campaign.content.title),
        body: campaign.content.body && text(campaign.content.body),
        doneText: campaign.content.done && text(campaign.content.done),
        locale: scene.locale,
        steps: campaign.widget.steps.map((step) => ({
          id: step.id,
          label: text(step.label),
          description: step.description && text(step.description),
          action: step.action && { ...step.action, label: text(step.action.label) },
          skippable: step.skippable,
          manual: step.complete.kind === 'manual',
        })),
        statuses,
        collapsed,
        onToggle: (to) => {
          collapsed.value = to;
        },
        onAction: () => undefined,
        onSkip: (id) => setStatus(id, 'skipped'),
        onMarkDone: (id) => setStatus(id, 'done'),
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
