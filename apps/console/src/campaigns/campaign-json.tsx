import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Draft } from './campaign-draft.ts';

/** The whole campaign as JSON, checked as it is typed; each schema issue is listed with its path. */
export function CampaignJson({ draft }: { draft: Draft }) {
  const [raw, setRaw] = useState(() => JSON.stringify(draft.value.value, null, 2));
  const syntax = draft.unreadable.value.json;
  // text that never became JSON goes with the view; the draft keeps its last JSON, which a save may then take
  useEffect(() => () => draft.setUnreadable('json', undefined), [draft]);
  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLTextAreaElement).value;
    setRaw(next);
    try {
      const parsed = JSON.parse(next) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('a campaign is a JSON object');
      draft.replace(parsed as Record<string, unknown>);
      draft.touched.value = new Set(['json']);
      draft.setUnreadable('json', undefined);
    } catch (error) {
      draft.setUnreadable('json', `Not valid JSON yet: ${(error as Error).message}`);
    }
  };
  const issues = draft.issues.value;
  const invalid = syntax !== undefined || issues.length > 0;
  return (
    <div class="field">
      <label for="campaign-json">Campaign JSON</label>
      <p id="campaign-json-hint" class="hint">
        Everything the form has, and the widget’s own settings (steps, offers, milestones). Checked against the campaign schema as you type.
      </p>
      <textarea
        id="campaign-json"
        class="code code-tall"
        spellcheck={false}
        value={raw}
        onInput={onInput}
        aria-invalid={invalid}
        aria-describedby={`campaign-json-hint${invalid ? ' campaign-json-errors' : ''}`}
      />
      {invalid ? (
        <ul id="campaign-json-errors" class="error-list">
          {syntax && <li class="error">{syntax}</li>}
          {!syntax &&
            issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`} class="error">
                <code>{issue.path || '(campaign)'}</code>: {issue.message}
              </li>
            ))}
        </ul>
      ) : (
        <p class="ok-line">The campaign fits the schema.</p>
      )}
    </div>
  );
}
