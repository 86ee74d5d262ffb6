import type { CampaignInput } from '@growthkit/core';

/**
 * The demo's onboarding checklist: steps that complete themselves from Acme Docs' events, a trait, or the user's tick;
 * the last one only for marketers (a persona step).
 */
export const DEMO_ONBOARDING: CampaignInput = {
  id: 'onboarding',
  name: 'Onboarding checklist',
  widget: {
    type: 'checklist',
    steps: [
      {
        id: 'create_doc',
        label: { en: 'Create your first doc', 'zh-CN': '创建你的第一篇文档' },
        description: { en: 'Start from a blank page or a template.', 'zh-CN': '从空白页或模板开始。' },
        action: { label: { en: 'Create a doc', 'zh-CN': '创建文档' }, action: 'create_doc' },
        complete: { kind: 'event', event: 'doc_created' },
      },
      {
        id: 'invite_teammate',
        label: { en: 'Invite a teammate', 'zh-CN': '邀请一位同事' },
        description: { en: 'Docs are better together.', 'zh-CN': '一起协作效果更好。' },
        action: { label: { en: 'Invite', 'zh-CN': '邀请' }, action: 'invite' },
        complete: { kind: 'event', event: 'teammate_invited' },
      },
      {
        id: 'upload_file',
        label: { en: 'Upload a file', 'zh-CN': '上传一个文件' },
        description: { en: 'Attach a PDF or image to a doc.', 'zh-CN': '为文档添加 PDF 或图片。' },
        complete: { kind: 'event', event: 'file_uploaded' },
      },
      {
        id: 'generate_reports',
        label: { en: 'Generate two reports', 'zh-CN': '生成两份报告' },
        description: { en: 'See how your team uses Acme Docs.', 'zh-CN': '了解团队如何使用 Acme Docs。' },
        complete: { kind: 'event', event: 'report_generated', count: 2 },
      },
      {
        id: 'complete_profile',
        label: { en: 'Add your company name', 'zh-CN': '填写公司名称' },
        action: { label: { en: 'Open profile', 'zh-CN': '打开资料' }, url: '#profile' },
        complete: { kind: 'trait', condition: { company: { $exists: true } } },
      },
      {
        id: 'share_template',
        label: { en: 'Share a campaign template', 'zh-CN': '分享一个营销模板' },
        description: { en: 'Marketers: tick this when you have shared one.', 'zh-CN': '市场人员：分享后请勾选。' },
        complete: { kind: 'manual' },
        audience: { role: 'marketer' },
      },
    ],
  },
  content: {
    title: { en: 'Get started with Acme Docs', 'zh-CN': '开始使用 Acme Docs' },
    body: { en: 'A few short steps to your first shared workspace.', 'zh-CN': '几个简单步骤，建立你的第一个共享工作区。' },
    done: { en: "You're all set! Your workspace is ready.", 'zh-CN': '全部完成！你的工作区已准备就绪。' },
  },
  trigger: { type: 'page', path: '*' },
  placement: { slot: 'checklist' },
  priority: 10,
};
