import './styles.css';
import { ACCOUNTS, PERSONAS, isPersona, type Persona } from './personas.ts';

/** The page talks to GrowthKit only through the snippet's global, as any host app would. */
const growthkit = (method: string, ...args: unknown[]) =>
  (window as unknown as { growthkit: (method: string, ...args: unknown[]) => unknown }).growthkit(method, ...args);

const STORAGE_LIMIT_GB = 5;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Workspace {
  persona: Persona;
  userId: string;
  docs: string[];
  teammates: number;
  storageGb: number;
  reports: number;
  /** customers imported so far (saved workspaces from before the button lack it) */
  customers?: number;
  company?: string;
}

function freshWorkspace(persona: Persona): Workspace {
  // A per-browser suffix keeps two people trying the demo on one collector from sharing a checklist.
  const userId = `${persona}-${crypto.randomUUID().slice(0, 8)}`;
  return { persona, userId, docs: [], teammates: 1, storageGb: 0, reports: 0 };
}

function load(): Workspace {
  try {
    const saved = JSON.parse(localStorage.getItem('acme:workspace') ?? 'null');
    if (saved && isPersona(saved.persona)) return saved;
  } catch {
    // a damaged save starts a fresh workspace
  }
  return freshWorkspace('trial');
}

let ws = load();
const save = () => localStorage.setItem('acme:workspace', JSON.stringify(ws));
// A first visit keeps its new user across reloads, as a signed-in product would.
save();

function identify() {
  growthkit('identify', ws.userId, { ...PERSONAS[ws.persona], ...(ws.company ? { company: ws.company } : {}) });
  // one account per workspace: the collector scores it over every seat's events (the value scorecard)
  growthkit('group', `acct-${ws.userId}`, { plan: PERSONAS[ws.persona].plan, ...ACCOUNTS[ws.persona] });
  growthkit('usage', 'storage_gb', ws.storageGb, STORAGE_LIMIT_GB);
}

function render() {
  const traits = PERSONAS[ws.persona];
  $('greeting').textContent = `Welcome back, ${traits.first_name}`;
  $('stat-docs').textContent = String(ws.docs.length);
  $('stat-team').textContent = String(ws.teammates);
  $('stat-storage').textContent = `${ws.storageGb.toFixed(1)} of ${STORAGE_LIMIT_GB} GB`;
  $('stat-reports').textContent = String(ws.reports);
  $('account-plan').textContent = traits.plan;
  $<HTMLSelectElement>('persona').value = ws.persona;
  const list = $('doc-list');
  list.replaceChildren(...ws.docs.map((title) => Object.assign(document.createElement('li'), { textContent: title })));
}

function toast(text: string) {
  $('toast').textContent = text;
}

function act(id: string, run: () => void) {
  $(id).addEventListener('click', () => {
    run();
    save();
    render();
  });
}

act('create-doc', () => {
  ws.docs.push(`Untitled doc ${ws.docs.length + 1}`);
  growthkit('track', 'doc_created', { template: 'blank' });
  toast('Doc created.');
});
act('invite', () => {
  ws.teammates += 1;
  growthkit('track', 'teammate_invited', { seats: ws.teammates });
  toast('Invitation sent.');
});
act('upload', () => {
  ws.storageGb = Math.min(STORAGE_LIMIT_GB, Math.round((ws.storageGb + 0.8) * 10) / 10);
  growthkit('track', 'file_uploaded', { size_mb: 800 });
  growthkit('usage', 'storage_gb', ws.storageGb, STORAGE_LIMIT_GB);
  toast('File uploaded.');
});
act('report', () => {
  ws.reports += 1;
  growthkit('track', 'report_generated');
  toast('Report generated.');
});
act('profile', () => {
  ws.company = 'Acme Corp';
  identify();
  toast('Company name saved.');
});
act('import-customers', () => {
  // one event per customer, so the aha campaign's count rule counts customers
  const from = ws.customers ?? 0;
  for (let i = 1; i <= 10; i++) growthkit('track', 'customer_connected', { source: 'csv_import', customer: `cust_${from + i}` });
  ws.customers = from + 10;
  toast('10 customers imported.');
});
/** What the account page does with each cancel-flow outcome: only `cancelled` and `proceed` (GrowthKit could not run the
 * flow) go on with the cancellation, as a host's billing would. */
const CANCEL_OUTCOMES: Record<string, string> = {
  cancelled: 'Cancelled: your subscription will end at the close of this billing period.',
  proceed: 'Cancelled (GrowthKit was unavailable): your subscription will end at the close of this billing period.',
  saved: 'Saved: thanks for staying, your offer is on its way.',
  dismissed: 'Nothing changed: your subscription continues.',
};
act('cancel', () =>
  growthkit('cancelFlow', {}, ({ outcome, reason, offer }: { outcome: string; reason?: string; offer?: string }) => {
    $('cancel-outcome').textContent = `Outcome: ${outcome}${reason ? ` · reason: ${reason}` : ''}${offer ? ` · offer: ${offer}` : ''}`;
    toast(CANCEL_OUTCOMES[outcome] ?? outcome);
  }),
);
act('upgrade', () => {
  // Billing confirms it on the server, which reports plan_upgraded (demo/upgrade.ts); the page only asks.
  void fetch('/api/upgrade', { method: 'POST', body: JSON.stringify({ userId: ws.userId, from: PERSONAS[ws.persona].plan }) });
  toast('You are on the Growth plan now.');
});

act('billing', () => {
  // Acme's billing server reports a made-up customer's subscription history (demo/billing.ts) for the metrics report.
  void fetch('/api/billing', { method: 'POST' })
    .then((res) => res.json())
    .then(({ accountId, story }: { accountId: string; story: string }) => toast(`Billing sent for ${accountId}: ${story}.`));
});

$<HTMLSelectElement>('persona').addEventListener('change', (event) => {
  const persona = (event.target as HTMLSelectElement).value;
  if (!isPersona(persona)) return;
  growthkit('reset');
  ws = freshWorkspace(persona);
  save();
  identify();
  render();
});

const localeSelect = $<HTMLSelectElement>('locale');
localeSelect.value = localStorage.getItem('acme:locale') ?? 'en';
localeSelect.addEventListener('change', () => {
  localStorage.setItem('acme:locale', localeSelect.value);
  location.reload();
});

// A single-page app: routes change through the History API only, as in React or Vue routers.
function showRoute(path: string) {
  for (const section of document.querySelectorAll<HTMLElement>('[data-page]')) section.hidden = section.dataset.page !== path;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
    if (link.classList.contains('brand')) continue;
    link.toggleAttribute('aria-current', link.pathname === path);
    if (link.pathname === path) link.setAttribute('aria-current', 'page');
  }
}
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a[data-route]') as HTMLAnchorElement | null;
  if (!link || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  history.pushState(null, '', link.pathname);
  showRoute(link.pathname);
  $('main').focus();
});
addEventListener('popstate', () => showRoute(location.pathname));

identify();
render();
showRoute(location.pathname);
