import { npsFollowUp } from '@growthkit/core';
import { textFor, type WidgetPreview } from './widget-preview.ts';

export const surveyPreview: WidgetPreview<'survey'> = {
  label: 'Micro-survey',
  starter: {
    type: 'survey',
    survey: 'nps',
    question: {
      kind: 'nps',
      question: { en: 'How likely are you to recommend Acme Docs to a friend?', 'zh-CN': '你有多大可能向朋友推荐 Acme Docs？' },
      followUp: { any: { en: 'What is the main reason for your score?', 'zh-CN': '你打这个分数的主要原因是什么？' } },
    },
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/survey');
    const text = textFor(scene);
    const { question } = campaign.widget;
    const followUp =
      question.kind === 'nps'
        ? (score?: number) => (score === undefined ? undefined : text(npsFollowUp(question.followUp, score)))
        : () => question.text && text(question.text);
    return mount(
      root,
      {
        title: text(campaign.content.title),
        body: campaign.content.body && text(campaign.content.body),
        locale: scene.locale,
        question: text(question.question),
        options: question.kind === 'choice' ? question.options.map((option) => ({ id: option.id, label: text(option.label) })) : undefined,
        followUp,
        answered: false,
        onAnswer: () => undefined,
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
