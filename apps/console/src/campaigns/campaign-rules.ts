/**
 * What the schema lets through but a campaign cannot work with: a blank English title (the fallback every reader
 * without their own language's title sees) and a schedule that ends before it starts (it would never show).
 */
export function ruleIssues(campaign: Record<string, unknown>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const content = campaign.content as { title?: Record<string, unknown> } | undefined;
  const english = content?.title?.en;
  if (typeof english === 'string' && english.trim() === '')
    issues.push({ path: 'content.title.en', message: 'The English title is required: readers without a title in their language see it.' });
  const schedule = campaign.schedule as { start?: unknown; end?: unknown } | undefined;
  const start = typeof schedule?.start === 'string' ? Date.parse(schedule.start) : Number.NaN;
  const end = typeof schedule?.end === 'string' ? Date.parse(schedule.end) : Number.NaN;
  if (end <= start) issues.push({ path: 'schedule.end', message: 'The end must be after the start, or the campaign never shows.' });
  return issues;
}
