import { h } from 'preact';
import { useState } from 'preact/hooks';
import { here, navigate } from '../routing/location.ts';

export const MIN_STEPS = 2;
export const MAX_STEPS = 8;

/** What is wrong with the steps as typed, in words, or undefined when the collector will take them. */
function stepsProblem(steps: string[], within: string): string | undefined {
  if (steps.some((step) => step === '')) return 'Name an event in every step, or remove the empty ones.';
  if (steps.some((step) => step.includes(','))) return 'An event name cannot hold a comma.';
  if (new Set(steps).size !== steps.length) return 'Name each event once: a funnel counts every step in order.';
  const days = Number(within);
  if (!(days > 0 && days <= 365)) return 'The window is a number of days above 0 and at most 365, e.g. 14.';
  return undefined;
}

interface EventStepsFormProps {
  steps: string[];
  within: string;
  /** event names the project has seen, offered as each step is typed */
  names: string[];
}

/** The host events of a funnel, 2–8 in order, and the window each later step must fall in; Show puts them in the URL. */
export function EventStepsForm({ steps: asked, within: askedWithin, names }: EventStepsFormProps) {
  const [steps, setSteps] = useState(asked.length >= MIN_STEPS ? asked : [...asked, '', ''].slice(0, MIN_STEPS));
  const [within, setWithin] = useState(askedWithin);
  const [tried, setTried] = useState(false);
  // kept as typed, so a space between two words survives the keystroke; the names are trimmed where they are read
  const trimmed = steps.map((step) => step.trim());
  const problem = tried ? stepsProblem(trimmed, within) : undefined;
  const setStep = (k: number, name: string) => setSteps(steps.map((step, i) => (i === k ? name : step)));
  const show = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (stepsProblem(trimmed, within)) return;
    const params = new URLSearchParams(here.value.search);
    params.set('steps', trimmed.join(','));
    params.set('within', within);
    navigate(`${here.value.pathname}?${params}`);
  };
  return (
    <form class="panel stack" onSubmit={show} aria-label="Funnel steps" noValidate>
      <datalist id="event-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ol class="funnel-steps" aria-label="Steps in order">
        {steps.map((step, k) => (
          <li key={k}>
            <label for={`funnel-step-${k}`}>Step {k + 1}</label>
            <input
              id={`funnel-step-${k}`}
              list="event-names"
              value={step}
              autoComplete="off"
              aria-invalid={Boolean(problem) && (trimmed[k] === '' || trimmed.indexOf(trimmed[k]!) !== k)}
              aria-describedby={problem ? 'steps-error' : undefined}
              onInput={(event) => setStep(k, event.currentTarget.value)}
            />
            {steps.length > MIN_STEPS && (
              <button type="button" class="button button-quiet" onClick={() => setSteps(steps.filter((_, i) => i !== k))}>
                Remove step {k + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      {steps.length < MAX_STEPS && (
        <div>
          <button type="button" class="button" onClick={() => setSteps([...steps, ''])}>
            Add a step
          </button>
        </div>
      )}
      <div class="range">
        <div class="field">
          <label for="funnel-within">Window (days from the first step)</label>
          <input
            id="funnel-within"
            type="number"
            min="1"
            max="365"
            value={within}
            aria-invalid={Boolean(problem) && problem?.startsWith('The window')}
            aria-describedby="within-hint"
            onInput={(event) => setWithin(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button-primary">
          Show funnel
        </button>
      </div>
      <p id="within-hint" class="hint">
        A person counts at a step when they do its event after the step before, within the window of their first step. Pick 2–{MAX_STEPS}{' '}
        events.
      </p>
      {problem && (
        <p id="steps-error" class="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
