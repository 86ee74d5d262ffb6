import { vi } from 'vitest';
import type { ChecklistProps, ChecklistStepView } from '../src/index.ts';
import { liveProps } from './live-props.ts';

/** Six steps, two of them done: the state a trial user is in on day two. */
export function sixSteps(): ChecklistStepView[] {
  return [
    {
      id: 'create_doc',
      label: 'Create your first doc',
      description: 'Start from a blank page or a template.',
      action: { label: 'New doc' },
      status: 'done',
      manual: false,
      skippable: false,
    },
    {
      id: 'invite_teammate',
      label: 'Invite a teammate',
      description: 'Docs are better together.',
      action: { label: 'Invite' },
      status: 'done',
      manual: false,
      skippable: true,
    },
    {
      id: 'connect_drive',
      label: 'Connect Google Drive',
      description: 'Bring your existing files over in one click.',
      action: { label: 'Connect', url: 'https://example.com/integrations/drive' },
      status: 'open',
      manual: true,
      skippable: true,
    },
    {
      id: 'share_docs',
      label: 'Share two docs',
      description: 'Send a link or add people to a doc.',
      status: 'open',
      manual: false,
      skippable: true,
      progress: { value: 1, goal: 2 },
    },
    { id: 'profile_photo', label: 'Add a profile photo', status: 'open', manual: true, skippable: true },
    {
      id: 'templates',
      label: 'Browse the template gallery',
      action: { label: 'Open gallery' },
      status: 'open',
      manual: false,
      skippable: false,
    },
  ];
}

/** Props wired the way the runtime wires them: callbacks are spies that also change the props and render again. */
export function checklistProps(overrides: Partial<Pick<ChecklistProps, 'title' | 'body' | 'doneText' | 'locale'>> = {}) {
  const setStatus = (id: string, status: ChecklistStepView['status']) =>
    props.set({ steps: props.steps.map((step) => (step.id === id ? { ...step, status } : step)) });
  const props = liveProps({
    title: 'Get started with Acme Docs',
    body: 'Six short steps to your first shared doc.',
    doneText: 'You are all set. Welcome aboard!',
    locale: 'en',
    steps: sixSteps(),
    collapsed: false,
    setStatus,
    onToggle: vi.fn((collapsed: boolean) => props.set({ collapsed })),
    onAction: vi.fn<(stepId: string) => void>(),
    onSkip: vi.fn((id: string) => setStatus(id, 'skipped')),
    onMarkDone: vi.fn((id: string) => setStatus(id, 'done')),
    onDismiss: vi.fn(),
    ...overrides,
  });
  return props;
}
