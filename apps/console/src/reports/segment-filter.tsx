import { h } from 'preact';
import { useState } from 'preact/hooks';
import { here, navigate } from '../routing/location.ts';
import { COMPUTED_SEGMENT_TRAITS } from '@growthkit/core';
import { COMMON_TRAITS } from './report-filters.ts';

const TRAIT = /^[A-Za-z0-9_]{1,64}$/;

/** Keeps the report to the users whose trait has a value (`segment=plan:growth` in the URL); Everyone takes it away. */
export function SegmentFilter({ segment }: { segment: { trait: string; value: string } | undefined }) {
  const [trait, setTrait] = useState(segment?.trait ?? '');
  const [value, setValue] = useState(segment?.value ?? '');
  const [tried, setTried] = useState(false);
  const wrongTrait = trait !== '' && !TRAIT.test(trait);
  const missing = (trait === '') !== (value.trim() === '');
  const go = (next: string | undefined) => {
    // the page's other choices (range, campaign, steps) stay in the URL
    const params = new URLSearchParams(here.value.search);
    if (next === undefined) params.delete('segment');
    else params.set('segment', next);
    navigate(`${here.value.pathname}?${params}`);
  };
  const apply = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (wrongTrait || missing) return;
    go(trait === '' ? undefined : `${trait}:${value.trim()}`);
  };
  const clear = () => {
    setTrait('');
    setValue('');
    setTried(false);
    go(undefined);
  };
  const problem =
    (wrongTrait && 'A trait is 1–64 letters, digits or "_", e.g. company_size.') ||
    (tried && missing && 'Give both a trait and its value, e.g. plan and growth, or choose Everyone.');
  return (
    <form class="range" onSubmit={apply} aria-label="Segment">
      <div class="field">
        <label for="segment-trait">Segment trait</label>
        <input
          id="segment-trait"
          list="segment-traits"
          value={trait}
          placeholder="plan"
          autoComplete="off"
          aria-invalid={Boolean(problem) && (wrongTrait || trait === '')}
          aria-describedby={problem ? 'segment-error segment-hint' : 'segment-hint'}
          onInput={(event) => setTrait(event.currentTarget.value.trim())}
        />
        <datalist id="segment-traits">
          {COMMON_TRAITS.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for="segment-value">Value</label>
        <input
          id="segment-value"
          value={value}
          placeholder="growth"
          autoComplete="off"
          aria-invalid={Boolean(problem) && !wrongTrait && value.trim() === ''}
          aria-describedby={problem ? 'segment-error' : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button">
        Apply segment
      </button>
      {segment && (
        <button type="button" class="button button-quiet" onClick={clear}>
          Everyone
        </button>
      )}
      {problem && (
        <p id="segment-error" class="error">
          {problem}
        </p>
      )}
      <p id="segment-hint" class="hint">
        Computed traits ({COMPUTED_SEGMENT_TRAITS.join(', ')}) keep to the users whose value is that now, as their customer page shows it,
        whatever the dates. Any other trait is its latest value from identify or group.
      </p>
    </form>
  );
}
