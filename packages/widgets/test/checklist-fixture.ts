import { signal } from '@preact/signals';
import { vi } from 'vitest';
import type { ChecklistProps, ChecklistStepStatus, ChecklistStepView } from '../src/index.ts';

/** The six steps' content, as the runtime passes it. */
function sixSteps(): ChecklistStepView[] {
  return [
    {
      id: 'create_doc',
      label: 'Create your first doc',
      description: 'Start from a blank page or a template.',
      action: { label: 'New doc', action: 'new-doc' },
      manual: false,
      skippable: false,
    },
    {
      id: 'invite_teammate',
      label: 'Invite a teammate',
      description: 'Docs are better together.',
      action: { label: 'Invite', action: 'invite' },
      manual: false,
      skippable: true,
    },
    {
      id: 'connect_drive',
      label: 'Connect Google Drive',
      description: 'Bring your existing files over in one click.',
      action: { label: 'Connect', url: 'https://example.com/integrations/drive' },
      manual: true,
      skippable: true,
    },
    { id: 'share_docs', label: 'Share two docs', description: 'Send a link or add people to a doc.', manual: false, skippable: true },
    { id: 'profile_photo', label: 'Add a profile photo', manual: true, skippable: true },
    {
      id: 'templates',
      label: 'Browse the template gallery',
      action: { label: 'Open gallery', action: 'templates' },
      manual: false,
      skippable: false,
    },
  ];
}

/** Where the six steps stand on a trial user's day two: two done, "Share two docs" half way. */
function dayTwo(): ChecklistStepStatus[] {
  return [
    { id: 'create_doc', status: 'done' },
    { id: 'invite_teammate', status: 'done' },
    { id: 'connect_drive', status: 'open' },
    { id: 'share_docs', status: 'open', progress: { value: 1, goal: 2 } },
    { id: 'profile_photo', status: 'open' },
    { id: 'templates', status: 'open' },
  ];
}

/** Props wired the way the runtime wires them: callbacks are spies that also write the signals the widget follows. */
export function checklistProps(overrides: Partial<Pick<ChecklistProps, 'title' | 'body' | 'doneText' | 'locale'>> = {}) {
  const statuses = signal(dayTwo());
  const collapsed = signal(false);
  const setStatus = (id: string, status: ChecklistStepStatus['status']) => {
    statuses.value = statuses.peek().map((step) => (step.id === id ? { ...step, status } : step));
  };
  return {
    title: 'Get started with Acme Docs',
    body: 'Six short steps to your first shared doc.',
    doneText: 'You are all set. Welcome aboard!',
    locale: 'en',
    steps: sixSteps(),
    statuses,
    collapsed,
    setStatus,
    onToggle: vi.fn((to: boolean) => {
      collapsed.value = to;
    }),
    onAction: vi.fn<(stepId: string) => void>(),
    onSkip: vi.fn((id: string) => setStatus(id, 'skipped')),
    onMarkDone: vi.fn((id: string) => setStatus(id, 'done')),
    onDismiss: vi.fn(),
    ...overrides,
  } satisfies ChecklistProps & { setStatus: typeof setStatus };
}
