import { h } from 'preact';
import type { FunnelReportStep } from '@growthkit/core';
import { count, percent } from '../experiments/figures.ts';
import { duration } from './duration.ts';
import { PeopleBars } from './people-bars.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';

function FunnelChart({ title, steps }: { title: string; steps: FunnelReportStep[] }) {
  const label = `${title}: ${steps.map((row) => `${row.step} ${count(row.people)} people`).join(', ')}.`;
  return <PeopleBars label={label} bars={steps.map((row) => ({ name: row.step, people: row.people }))} />;
}

/**
 * A funnel's people per step as a bar chart, and beside it the table with the same figures: conversion from the step
 * before and from the first, and the median time from the step before. `showEvent` when a step's name is not its event.
 */
export function FunnelFigures({ title, steps, showEvent }: { title: string; steps: FunnelReportStep[]; showEvent: boolean }) {
  return (
    <div class="stack">
      <figure class="panel">
        <figcaption>People at each step</figcaption>
        <FunnelChart title={title} steps={steps} />
      </figure>
      <section class="panel" aria-label="Steps">
        <h2 class="panel-title">Steps</h2>
        <TableWrap label="Conversion at each step" bare>
          <table class="table table-compact numbers" id="funnel">
            <caption class="visually-hidden">People at each step, the conversion and the median time from the step before</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                {showEvent && <th scope="col">Event</th>}
                <th scope="col">People</th>
                <th scope="col">From the step before</th>
                <th scope="col">Of the first step</th>
                <th scope="col">Median time from the step before</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((row) => (
                <tr key={row.step}>
                  <th scope="row">{row.step}</th>
                  {showEvent && <td class="mono">{row.event}</td>}
                  <td>{count(row.people)}</td>
                  <td>{percent(row.fromPrevious)}</td>
                  <td>{percent(row.fromFirst)}</td>
                  <td>{duration(row.medianMsFromPrevious)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </div>
  );
}
