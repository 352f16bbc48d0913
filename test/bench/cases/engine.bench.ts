/**
 * Budgets of threat generation: full runs at two sizes and one edit regenerated incrementally.
 *
 * Figures are the CPU time of this process (median of several runs), not wall time: the bench
 * machine is shared, and on a loaded machine wall time measures the neighbours. CPU time also
 * counts garbage collection on helper threads, so it is, if anything, the stricter figure. The
 * incremental cases, a few milliseconds each, are timed by the wall clock over many rounds instead.
 */
import type { Element, ThreatModel } from '../../../shared/model/types';
import { generateThreats, regenerateThreats } from '../../../shared/rules/generate';
import { syntheticModel } from '../../support/syntheticModel';
import { medianMs, type BenchCase } from '../measure';

/** The median CPU time of `runs` calls after `warmup` unmeasured ones, in milliseconds. */
async function medianCpuMs(fn: (round: number) => unknown, runs = 9, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn(warmup + i);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function generated(model: ThreatModel): ThreatModel {
  const result = generateThreats(model);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.model;
}

/** A new model object, as every edit in the app makes, so no per-model cache is reused. */
function fresh(model: ThreatModel): ThreatModel {
  return { ...model };
}

/** The model with one process's authentication switched, as one inspector edit does. */
function editOneProcess(model: ThreatModel, round: number): { model: ThreatModel; id: string } {
  const diagram = model.diagrams[0]!;
  const processes = diagram.elements.filter((e) => e.kind === 'process');
  const target = processes[(round * 7919) % processes.length]!;
  if (target.kind !== 'process') throw new Error('not a process');
  const next: Element = {
    ...target,
    properties: {
      ...target.properties,
      authentication: target.properties.authentication === 'none' ? 'oauth2' : 'none',
    },
  };
  const elements = diagram.elements.map((e) => (e.id === target.id ? next : e));
  return { model: { ...model, diagrams: [{ ...diagram, elements }] }, id: target.id };
}

function generationCases(size: number, budgetMs: number): BenchCase[] {
  const model = syntheticModel(size);
  const current = generated(model);
  const label = size.toLocaleString('en');
  return [
    {
      name: `generate threats, ${label} elements, first run (${current.threats.length.toLocaleString('en')} threats)`,
      budgetMs,
      run: () => medianCpuMs(() => generateThreats(fresh(model))),
    },
    {
      name: `regenerate threats, ${label} elements, threats up to date`,
      budgetMs,
      run: () => medianCpuMs(() => generateThreats(fresh(current))),
    },
  ];
}

function incrementalCase(size: number, budgetMs: number): BenchCase {
  const current = generated(syntheticModel(size));
  // The edits are made before timing: the budget is for regenerating, not for editing.
  const edits = Array.from({ length: 20 }, (_, round) => editOneProcess(current, round));
  return {
    name: `regenerate after one edit, incremental, ${size.toLocaleString('en')} elements`,
    budgetMs,
    // Wall time, over many rounds: an edit takes a few milliseconds, below the granularity with
    // which the kernel accounts CPU time, so CPU figures here jump between ticks.
    run: () => {
      let round = 0;
      return medianMs(
        () => {
          const { model, id } = edits[round++ % edits.length]!;
          const result = regenerateThreats(model, [id], { previous: current });
          if (!result.ok) throw new Error('incremental generation failed');
        },
        41,
        5,
      );
    },
  };
}

const cases: BenchCase[] = [
  ...generationCases(1_000, 25),
  ...generationCases(10_000, 250),
  incrementalCase(1_000, 5),
  incrementalCase(10_000, 5),
];

export default cases;
