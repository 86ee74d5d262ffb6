import { h } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { adminApi, ApiError } from '../api/admin-api.ts';
import type { CampaignRecord, CampaignStanding, CampaignVersion } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { createDraft, type Draft } from '../campaigns/campaign-draft.ts';
import { campaignExists } from '../campaigns/campaign-exists.ts';
import { CampaignForm } from '../campaigns/campaign-form.tsx';
import { CampaignHistory } from '../campaigns/campaign-history.tsx';
import { CampaignJson } from '../campaigns/campaign-json.tsx';
import { CampaignPreview } from '../preview/campaign-preview.tsx';
import { WIDGET_PREVIEWS } from '../preview/widget-previews.ts';
import { guardLeaving } from '../routing/leave-guard.ts';
import { BASE, navigate } from '../routing/location.ts';
import { Link } from '../routing/link.tsx';
import { session } from '../session/session.ts';
import { PageTitle } from '../ui/page-title.tsx';
import { useConfirm } from '../ui/confirm-dialog.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';

/** The editor's tabs after the form (its own URL each: /campaigns/:id/json, …). */
export const EDITOR_TABS = ['json', 'preview', 'history'];

const TAB_LABELS: Record<string, string> = { form: 'Form', json: 'JSON', preview: 'Preview', history: 'History' };
const FORM_ID = 'campaign-editor-form';

const newCampaign = () => ({
  id: '',
  status: 'draft',
  widget: WIDGET_PREVIEWS.upsell.starter,
  content: { title: { en: '' } },
  audience: {},
  trigger: { type: 'page', path: '*' },
  placement: { floating: 'corner-end' },
  priority: 0,
  frequency: {},
});

/** What the editor tells after an action, kept across the reload that follows it. */
let lastNotice: { id: string; text: string } | undefined;

function Editor({ record, tab, onChanged }: { record?: CampaignRecord; tab: string; onChanged(): void }) {
  const draft: Draft = useMemo(() => createDraft(record ? { ...record.campaign } : newCampaign()), [record]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = record?.campaign.id;
  const base = `${BASE}/campaigns/${id === undefined ? 'new' : encodeURIComponent(id)}`;
  const notice = lastNotice && lastNotice.id === id ? lastNotice.text : undefined;
  const dirty = record ? JSON.stringify(draft.value.value) !== JSON.stringify(record.campaign) : draft.touched.value.size > 0;
  const title = record ? (record.campaign.name ?? record.campaign.id) : 'New campaign';
  const [confirmDialog, ask] = useConfirm();
  const DISCARD = ' Your unsaved changes in the editor will be lost.';

  // Leaving with unsaved edits asks first: a link to another page (the editor's own tabs keep the draft), a reload or
  // closing the tab (the browser's own question).
  useEffect(() => {
    if (!dirty) return;
    const release = guardLeaving(
      async (to) =>
        to.startsWith(base) ||
        ask({ title: 'Leave without saving?', body: `This page has changes that are not saved.${DISCARD}`, confirm: 'Leave and discard' }),
    );
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', onBeforeUnload);
    return () => {
      release();
      removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, base]);

  const act = async (run: () => Promise<CampaignVersion>, text: (version: CampaignVersion) => string) => {
    setProblem(undefined);
    setBusy(true);
    try {
      const version = await run();
      lastNotice = { id: version.campaign.id, text: text(version) };
      if (record) onChanged();
      else navigate(`${BASE}/campaigns/${encodeURIComponent(version.campaign.id)}`, { replace: true });
    } catch (error) {
      setProblem((error as Error).message);
      // a refusal that names a field is shown there too, and the field takes focus so it can be fixed at once
      if (error instanceof ApiError && error.field && draft.refuse(error.field, error.message))
        requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    draft.submitted.value = true;
    const checked = draft.check.value;
    const problems = draft.problems.value;
    if (!checked.success || problems > 0) {
      const count = problems === 1 ? 'one problem' : `${problems} problems`;
      setProblem(`Not saved: the campaign has ${count}, each shown at its field. Fix ${problems === 1 ? 'it' : 'them'}, then save again.`);
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const path = `campaigns/${encodeURIComponent(checked.data.id)}`;
    void act(
      async () => {
        const taken = new ApiError(
          `The id "${checked.data.id}" is taken by another campaign; choose another id. Nothing was saved.`,
          412,
          'id',
        );
        // asked of the list first (a refused request shows as an error in the browser's console), and a new campaign is
        // sent to be created only, so two people creating the same id at once cannot overwrite each other (412)
        if (!record && (await campaignExists(checked.data.id))) throw taken;
        const body = { campaign: checked.data, author: session.value?.name };
        return adminApi<CampaignVersion>(path, { method: 'PUT', body, ...(!record && { headers: { 'if-none-match': '*' } }) }).catch(
          (error: unknown) => {
            throw error instanceof ApiError && error.status === 412 ? taken : error;
          },
        );
      },
      (version) => `Saved as version ${version.version}. Browsers get it on their next config fetch.`,
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    save();
  };

  /** what each status change does to the people who see the campaign, asked before it is made */
  const STATUS_QUESTIONS: Record<CampaignStanding, { title: string; body: string; confirm: string }> = {
    live: { title: `Make “${title}” live?`, body: 'Browsers start showing it on their next config fetch.', confirm: 'Go live' },
    paused: { title: `Pause “${title}”?`, body: 'Browsers stop showing it on their next config fetch.', confirm: 'Pause' },
    archived: {
      title: `Archive “${title}”?`,
      body: 'Browsers stop showing it on their next config fetch; its history stays, and a rollback brings it back.',
      confirm: 'Archive',
    },
    draft: { title: `Make “${title}” a draft?`, body: 'Browsers stop showing it on their next config fetch.', confirm: 'Make draft' },
  };

  const setStatus = async (status: CampaignStanding) => {
    const question = STATUS_QUESTIONS[status];
    // going live changes nothing for users that a second click would undo, so it asks only when edits would be lost
    if ((status !== 'live' || dirty) && !(await ask({ ...question, body: question.body + (dirty ? DISCARD : '') }))) return;
    await act(
      () =>
        adminApi<CampaignVersion>(`campaigns/${encodeURIComponent(id!)}/status`, {
          method: 'POST',
          body: { status, author: session.value?.name },
        }),
      (version) => `Now ${status}, saved as version ${version.version}.`,
    );
  };

  const checked = draft.check.value;
  return (
    <section class="page">
      {confirmDialog}
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <Link href={`${BASE}/campaigns`}>Campaigns</Link>
        <span aria-hidden="true">/</span>
        <span>{title}</span>
      </nav>
      <div class="page-head">
        <div class="title-row">
          <PageTitle title={title} />
          {record && <StatusBadge status={record.status} />}
          {record && dirty && <span class="chip chip-warn">Unsaved changes</span>}
        </div>
        <div class="actions">
          {record && record.status !== 'live' && (
            <button type="button" class="button" disabled={busy} onClick={() => setStatus('live')}>
              Go live
            </button>
          )}
          {record?.status === 'live' && (
            <button type="button" class="button" disabled={busy} onClick={() => setStatus('paused')}>
              Pause
            </button>
          )}
          {record && record.status !== 'archived' && (
            <button type="button" class="button" disabled={busy} onClick={() => setStatus('archived')}>
              Archive
            </button>
          )}
          {/* the form's submit button from up here, so Enter in a field saves as this button does */}
          <button type="submit" form={FORM_ID} class="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </div>
      {notice && (
        <p class="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <nav aria-label="Campaign views" class="tabs">
        {['form', ...EDITOR_TABS].map((name) => (
          <Link key={name} href={name === 'form' ? base : `${base}/${name}`} class="tab" aria-current={tab === name ? 'page' : undefined}>
            {TAB_LABELS[name]}
          </Link>
        ))}
      </nav>
      <div class="tab-panel">
        {/* always there, so Save has its form on every tab; the preview's and history's controls are outside it */}
        <form id={FORM_ID} onSubmit={submit} noValidate>
          {tab === 'form' && <CampaignForm draft={draft} isNew={!record} />}
          {tab === 'json' && <CampaignJson draft={draft} />}
        </form>
        {tab === 'preview' &&
          (checked.success ? (
            <CampaignPreview campaign={checked.data} />
          ) : (
            <p class="notice notice-warn">
              The campaign has problems the schema refuses; fix them in the form or the JSON view to preview it.
            </p>
          ))}
        {tab === 'history' &&
          (id === undefined ? (
            <p class="notice">A new campaign has no history yet: save it first.</p>
          ) : (
            <CampaignHistory
              id={id}
              ask={(question) => ask({ ...question, body: question.body + (dirty ? DISCARD : '') })}
              onRolledBack={(text) => {
                lastNotice = { id, text };
                onChanged();
              }}
            />
          ))}
      </div>
    </section>
  );
}

/** A campaign's editor (form, JSON, preview, history), or a new campaign's. */
export function CampaignEditorPage({ id, tab }: { id?: string; tab: string }) {
  const [record, reload] = useResource(
    () => (id === undefined ? Promise.resolve(undefined) : adminApi<CampaignRecord>(`campaigns/${encodeURIComponent(id)}`)),
    id ?? '',
  );
  if (record.state === 'loading') return <Loading what="the campaign" />;
  if (record.state === 'error')
    return (
      <section class="page">
        <PageTitle title="Campaign not available" />
        {record.status === 404 ? (
          <Empty title="No such campaign">
            <p>The collector answered: {record.message}. Check the id: the campaign list has every campaign, archived ones too.</p>
          </Empty>
        ) : (
          <Failure message={record.message} retry={reload} />
        )}
        <Link href={`${BASE}/campaigns`}>Back to campaigns</Link>
      </section>
    );
  return <Editor key={record.data?.version ?? 'new'} record={record.data} tab={tab} onChanged={reload} />;
}
