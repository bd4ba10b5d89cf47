// The demo seed as steps, each recorded by a marker once it has run: a database seeded by an older version
// gets only the steps it lacks, and a fully seeded one none. Steps run in order and share a state (what a
// later step needs from an earlier one); a step that ran before can `recover` that state instead of running.

export interface SeedStep<State, Summary> {
  /** Written when the step has run; rename it when the step's data changes shape. */
  readonly marker: string;
  /** Writes the step's data; what it returns is merged into the summary. */
  run(state: State): Promise<Partial<Summary>>;
  /** When the marker is found: what the step would have put in the state, read back from the database. */
  recover?(state: State): Promise<void>;
}

export interface SeedMarkers {
  has(marker: string): Promise<boolean>;
  write(marker: string): Promise<void>;
}

/** Runs the steps whose markers are missing; `ran` lists their markers, `summary` what they reported. */
export const runSeedSteps = async <State, Summary>(
  markers: SeedMarkers,
  steps: readonly SeedStep<State, Summary>[],
  state: State,
): Promise<{ ran: string[]; summary: Partial<Summary> }> => {
  const found = await Promise.all(steps.map((step) => markers.has(step.marker)));
  const ran: string[] = [];
  let summary: Partial<Summary> = {};
  if (found.every(Boolean)) return { ran, summary };
  for (const [index, step] of steps.entries()) {
    if (found[index]) {
      await step.recover?.(state);
      continue;
    }
    summary = { ...summary, ...(await step.run(state)) };
    await markers.write(step.marker);
    ran.push(step.marker);
  }
  return { ran, summary };
};
