import { Fragment, h } from 'preact';
import { adminApi } from '../api/admin-api.ts';
import { useResource } from '../api/use-resource.ts';
import { comparable, hasData, shortArms } from '../experiments/arm-data.ts';
import { NO_FIGURES, type Comparison, type Verdict } from '@growthkit/stats';
import type { ExperimentAnswer, ResultArm, SeriesPoint } from '../experiments/experiment-answer.ts';
import { chance, count, interval, percent, pInWords, pValue, signedPercent } from '../experiments/figures.ts';
import { verdictWords } from '../experiments/verdict-words.ts';
import { RateChart } from '../experiments/rate-chart.tsx';
import { download, resultsCsv } from '../experiments/results-csv.ts';
import { ExposureChart, PValueChart } from '../experiments/series-charts.tsx';
import { BASE } from '../routing/location.ts';
import { Link } from '../routing/link.tsx';
import { PageTitle } from '../ui/page-title.tsx';
import { Empty, Loaded } from '../ui/states.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';

type Figures = Pick<
  Comparison,
  'lift' | 'pValue' | 'alwaysValidPValue' | 'adjustedAlwaysValidPValue' | 'alwaysValidLift' | 'chanceToBeatControl'
> & { verdict: Verdict | null };

const NO_COMPARISON: Figures = { ...NO_FIGURES, verdict: null };

interface RowContext {
  comparator: ResultArm | undefined;
  /** the number of comparisons; above 1 the adjusted p-value the verdict reads is shown too */
  comparisons: number;
  provisional: boolean;
}

/** One arm's figures against the comparator; where either has nobody exposed there is no figure to give, only "—". */
function ArmRow({ arm, figures, context, note }: { arm: ResultArm; figures: Figures; context: RowContext; note?: string }) {
  const compared = comparable(arm, context.comparator) && arm.key !== context.comparator?.key;
  const lift = compared ? figures.alwaysValidLift : null;
  const planned = compared ? figures.lift : null;
  return (
    <tr>
      <th scope="row">
        {arm.key}
        {note && <span class="subtle">{note}</span>}
      </th>
      <td>{count(arm.exposed)}</td>
      <td>{count(arm.converted)}</td>
      <td>
        {hasData(arm) ? percent(arm.rate, 2) : '—'}
        <span class="subtle">{hasData(arm) ? interval(arm.rateInterval, (value) => percent(value, 2)) : 'no data yet'}</span>
      </td>
      <td>
        {lift ? signedPercent(lift.relative) : '—'}
        {lift && <span class="subtle">{interval(lift, signedPercent)}</span>}
      </td>
      <td>
        {compared ? pValue(figures.alwaysValidPValue) : '—'}
        {compared && context.comparisons > 1 && <span class="subtle">adjusted {pValue(figures.adjustedAlwaysValidPValue)}</span>}
      </td>
      <td>{compared ? chance(figures.chanceToBeatControl) : '—'}</td>
      <td>{verdictWords(figures.verdict, context.provisional)}</td>
      <td>
        {compared ? pValue(figures.pValue) : '—'}
        {planned && <span class="subtle">{interval(planned, signedPercent)}</span>}
      </td>
    </tr>
  );
}

const shared = (results: ExperimentAnswer) => ({ comparisons: results.comparisons, provisional: results.provisional });

function controlNote(arm: ResultArm): string | undefined {
  if (!arm.control) return undefined;
  return arm.holdout ? 'holdout · sees nothing, compared with' : 'control';
}

/** The columns of a results table, each naming the arm the variants are compared with. */
function ResultsHead({ comparator }: { comparator: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">Variant</th>
        <th scope="col">Exposed</th>
        <th scope="col">Converted</th>
        <th scope="col">Rate (95% interval)</th>
        <th scope="col">Lift vs {comparator} (always-valid interval)</th>
        <th scope="col">Always-valid p</th>
        <th scope="col">Chance to beat {comparator}</th>
        <th scope="col">Verdict vs {comparator}</th>
        <th scope="col">Single planned look: p (lift 95% CI)</th>
      </tr>
    </thead>
  );
}

function ResultsTable({ results }: { results: ExperimentAnswer }) {
  const context = { comparator: results.variants.find((arm) => arm.control), ...shared(results) };
  return (
    <TableWrap label="Results per variant">
      <table class="table table-compact numbers" id="results">
        <caption class="visually-hidden">Results per variant against {results.control}</caption>
        <ResultsHead comparator={results.control} />
        <tbody>
          {results.variants.map((arm) => (
            <ArmRow key={arm.key} arm={arm} figures={arm} context={context} note={controlNote(arm)} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** With a holdout: the copy test itself, each later variant against the first variant. */
function CopyTestTable({ results, first }: { results: ExperimentAnswer; first: string }) {
  const firstArm = results.variants.find((arm) => arm.key === first)!;
  const context = { comparator: firstArm, ...shared(results) };
  const rows = results.variants.flatMap((arm) => (arm.versusFirstVariant ? [{ arm, figures: arm.versusFirstVariant }] : []));
  // named by a heading above its frame rather than a caption: a caption spans the table and, on a phone, scrolls out of view with it
  return (
    <>
      <h2 class="table-title" id="copy-test-title">
        Each variant against {first}, the first variant (the copy test; the holdout above measures showing anything at all)
      </h2>
      <TableWrap label={`Results per variant against ${first}`}>
        <table class="table table-compact numbers" id="copy-test" aria-labelledby="copy-test-title">
          <ResultsHead comparator={first} />
          <tbody>
            <ArmRow arm={firstArm} figures={NO_COMPARISON} context={context} note="compared with" />
            {rows.map(({ arm, figures }) => (
              <ArmRow key={arm.key} arm={arm} figures={figures} context={context} />
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

/** The sample-ratio check: nothing to say of a split nobody has been put into yet (its p = 1 is no evidence). */
function SplitCheck({ results }: { results: ExperimentAnswer }) {
  const { srm } = results;
  if (results.variants.every((arm) => arm.exposed === 0))
    return (
      <li class="check check-warn">
        <strong>Sample ratio not checked yet</strong>
        <span>Nobody has been exposed yet: the split is checked against the configured weights once users are.</span>
      </li>
    );
  return (
    <li class={srm.flagged ? 'check check-warn' : 'check check-ok'}>
      <strong>Sample ratio {srm.flagged ? 'mismatch' : 'as configured'}</strong>
      <span>
        {srm.flagged
          ? `The split differs from the configured weights (${pInWords(srm.pValue)}): check how users are assigned before trusting these results.`
          : `The split matches the configured weights (${pInWords(srm.pValue)}).`}
      </span>
    </li>
  );
}

function Checks({ results }: { results: ExperimentAnswer }) {
  const { shortfall } = results;
  return (
    <ul class="checks">
      <SplitCheck results={results} />
      <li class={shortfall ? 'check check-warn' : 'check check-ok'}>
        <strong>{shortfall ? 'Minimum sample not reached' : 'Minimum sample reached'}</strong>
        <span>
          {shortfall
            ? `A comparison needs enough users in each arm and conversions in both together before a verdict: ${shortArms(results)}.`
            : 'Every comparison has enough users and conversions for a verdict.'}
        </span>
      </li>
      <li class={results.provisional ? 'check check-warn' : 'check check-ok'}>
        <strong>{results.provisional ? 'No goal window closed yet' : 'Goal windows closing'}</strong>
        <span>
          {results.provisional
            ? `Nobody was exposed ${results.goal.windowDays} days ago yet, so conversions still to come may change the rates: a winner or loser is provisional.`
            : `The first users have had the whole ${results.goal.windowDays} days to convert.`}
        </span>
      </li>
      {results.comparisons > 1 && (
        <li class="check check-ok">
          <strong>{results.comparisons} comparisons</strong>
          <span>
            Each verdict is judged at 0.05 / {results.comparisons} (Bonferroni, the adjusted p below each always-valid p), so the chance of
            any false winner or loser among them stays below 5%.
          </span>
        </li>
      )}
      {results.unknownVariantExposure > 0 && (
        <li class="check check-warn">
          <strong>Unknown variant</strong>
          <span>
            {count(results.unknownVariantExposure)} people were exposed to a variant this experiment does not configure and count in no arm:
            check the tracking.
          </span>
        </li>
      )}
      <li class="check">
        <strong>Left out</strong>
        <span>{count(results.excludedMultipleExposure)} people saw more than one variant and count in none.</span>
      </li>
    </ul>
  );
}

function SeriesTable({ points, control }: { points: SeriesPoint[]; control: string }) {
  const keys = points[0]!.variants.map((arm) => arm.key);
  return (
    <details class="series-table">
      <summary>The figures behind these charts, day by day</summary>
      <TableWrap label="Figures per day">
        <table class="table table-compact numbers">
          <caption class="visually-hidden">Cumulative exposed, converted and adjusted always-valid p-value per day</caption>
          <thead>
            <tr>
              <th scope="col">Until</th>
              {keys.map((key) => (
                <th key={key} scope="col">
                  {key}: exposed / converted{key === control ? '' : ' / adjusted always-valid p'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.at}>
                <th scope="row">{point.at.slice(0, 16).replace('T', ' ')} UTC</th>
                {point.variants.map((arm) => (
                  <td key={arm.key}>
                    {count(arm.exposed)} / {count(arm.converted)}
                    {arm.key === control ? '' : ` / ${pValue(arm.adjustedAlwaysValidPValue)}`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </details>
  );
}

export function ExperimentPage({ experimentKey }: { experimentKey: string }) {
  const [results, reload] = useResource(
    () => adminApi<ExperimentAnswer>(`experiments/${encodeURIComponent(experimentKey)}/results?series=day`),
    experimentKey,
  );
  return (
    <section class="page">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <Link href={`${BASE}/experiments`}>Experiments</Link>
        <span aria-hidden="true">/</span>
        <span class="mono">{experimentKey}</span>
      </nav>
      <div class="page-head">
        <div>
          <PageTitle title={`Experiment ${experimentKey}`} />
          {results.state === 'ready' && (
            <p class="muted">
              Goal <span class="mono">{results.data.goal.event}</span> within {results.data.goal.windowDays} days of first exposure, on
              campaign <Link href={`${BASE}/campaigns/${encodeURIComponent(results.data.campaignId)}`}>{results.data.campaignId}</Link>.
              Variants are compared with {results.data.control}
              {results.data.variants.some((arm) => arm.control && arm.holdout) && ' (the holdout: it sees nothing)'}
              {results.data.firstVariant && `; the copy test compares them with ${results.data.firstVariant}`}.
            </p>
          )}
        </div>
        {results.state === 'ready' && (
          <button type="button" class="button" onClick={() => download(`${experimentKey}-results.csv`, resultsCsv(results.data))}>
            Export CSV
          </button>
        )}
      </div>
      <Loaded
        resource={results}
        what="results"
        reload={reload}
        notFound={{
          title: 'No such experiment',
          hint: 'Check the key: it is the one in its campaign’s experiment, as Experiments lists them.',
        }}
      >
        {(data) => (
          <div class="stack">
            <p class="verdict" role="status">
              {data.summary}
            </p>
            <ResultsTable results={data} />
            {data.firstVariant && <CopyTestTable results={data} first={data.firstVariant} />}
            <Checks results={data} />
            {data.series.length === 0 ? (
              <Empty title="Nobody has seen this experiment yet">
                <p>
                  Charts appear once the campaign is live and its first users are exposed. Check the campaign is live and its audience
                  matches someone.
                </p>
              </Empty>
            ) : (
              <div class="charts">
                <figure class="panel">
                  <figcaption>Conversion rate with its 95% interval</figcaption>
                  <RateChart arms={data.variants} />
                </figure>
                <figure class="panel">
                  <figcaption>Cumulative exposed (solid) and converted (dashed)</figcaption>
                  <ExposureChart points={data.series} />
                </figure>
                <figure class="panel">
                  <figcaption>
                    Always-valid p-value against {data.control}
                    {data.comparisons > 1 && `, adjusted for ${data.comparisons} comparisons`}
                  </figcaption>
                  <PValueChart points={data.series} control={data.control} />
                </figure>
                <SeriesTable points={data.series} control={data.control} />
              </div>
            )}
          </div>
        )}
      </Loaded>
    </section>
  );
}
