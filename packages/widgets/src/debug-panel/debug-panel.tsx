import { h } from 'preact';
import { useState } from 'preact/hooks';
import type { DebugPanelProps, DebugPanelRow } from './props.ts';

const TITLE = 'debug-title';
const BODY = 'debug-body';

/** `code: message`; the message already says until when a hold lasts */
const explain = ({ reason }: DebugPanelRow) => `${reason.code}: ${reason.message}`;

function variantOf({ key, variant, holdout }: NonNullable<DebugPanelRow['experiment']>): string {
  if (variant === undefined) return `experiment ${key}: not assigned yet`;
  if (holdout) return `experiment ${key}: variant ${variant} (holdout: sees nothing)`;
  return `experiment ${key}: variant ${variant}`;
}

/**
 * The "why is this (not) showing" panel for developers: every campaign with its verdict and exact reason, live.
 * English only: it is a debugging tool, not something end users see; it says so (lang, dir), so a screen reader on a
 * Chinese or Arabic host page reads it in an English voice, left to right.
 */
export function DebugPanel({ rows: list, decidedAt }: DebugPanelProps) {
  const [open, setOpen] = useState(true);
  const shown = list.filter((row) => row.verdict === 'show').length;
  return (
    <section class="kit debug" lang="en" dir="ltr" aria-labelledby={TITLE}>
      <div class="debug-head">
        <h2 id={TITLE} class="debug-title">
          GrowthKit debug
        </h2>
        <span class="debug-count">
          {shown} of {list.length} showing
        </span>
        <button type="button" class="debug-toggle" aria-expanded={open} aria-controls={BODY} onClick={() => setOpen(!open)}>
          {open ? 'Collapse' : 'Expand'}
        </button>
      </div>
      {/* a labelled region in the tab order, so keyboard users can scroll a long list (WCAG 2.1.1) */}
      <section id={BODY} class="debug-body" hidden={!open} tabIndex={0} aria-label="Campaign decisions">
        {list.length === 0 ? (
          <p class="debug-empty">No campaigns in this project's config yet.</p>
        ) : (
          <table class="debug-table">
            <caption class="sr">Decided at {decidedAt}</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Verdict</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {list.map((row) => (
                <tr key={row.campaignId} data-campaign={row.campaignId} data-verdict={row.verdict} data-code={row.reason.code}>
                  <th scope="row">
                    <code>{row.campaignId}</code>
                    {row.name && <span class="debug-name">{row.name}</span>}
                    {row.interruptive && <span class="debug-name">interruptive</span>}
                    {row.experiment && <span class="debug-name">{variantOf(row.experiment)}</span>}
                  </th>
                  <td>
                    <span class={`debug-verdict debug-${row.verdict}`}>{row.verdict}</span>
                  </td>
                  <td class="debug-reason">{explain(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
