import { vi } from 'vitest';
import type { SurveyProps } from '../src/survey/props.ts';

const FOLLOW_UP = {
  en: { detractor: 'What disappointed you?', other: 'What is the main reason for your score?' },
  'zh-CN': { detractor: '哪里让你失望了？', other: '你打这个分数的主要原因是什么？' },
};

/** An NPS question as the runtime passes it: the follow-up worded by the score's band (detractor or not). */
export function npsProps(overrides: Partial<SurveyProps> = {}): SurveyProps {
  const zh = overrides.locale === 'zh-CN';
  const words = FOLLOW_UP[zh ? 'zh-CN' : 'en'];
  return {
    locale: 'en',
    title: zh ? '一个小问题' : 'Quick question',
    question: zh ? '你有多大可能向朋友或同事推荐 Acme Reports？' : 'How likely are you to recommend Acme Reports to a friend?',
    followUp: (score) => {
      if (score !== undefined) return score <= 6 ? words.detractor : words.other;
    },
    answered: false,
    onAnswer: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
}

/** The churn-reason question: one of the options, and an optional open text. */
export function choiceProps(overrides: Partial<SurveyProps> = {}): SurveyProps {
  return npsProps({
    title: 'Sorry to see you go',
    question: 'What was the main reason you cancelled?',
    options: [
      { id: 'too_expensive', label: 'Too expensive' },
      { id: 'missing_features', label: 'Missing features' },
      { id: 'other', label: 'Something else' },
    ],
    followUp: () => 'Anything we could have done better?',
    ...overrides,
  });
}
