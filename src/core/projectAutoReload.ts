/** How auto-reload plays out: reloads since the checkpoint, and how often they come at the current pace. */
export interface AutoReloadProjection {
  readonly thresholdMicros: number;
  readonly amountMicros: number;
  /** Balance now, after the reloads the spend since the checkpoint would have triggered. */
  readonly balanceMicros: number;
  readonly reloadsSinceCheckpoint: number;
  /** Hours of active use until the next reload; null when the pace is unknown. */
  readonly hoursToNextReload: number | null;
  /** Hours of active use one reload pays for; null when the pace is unknown. */
  readonly hoursPerReload: number | null;
}

/**
 * Models auto-reload: whenever the balance drops below the threshold, the amount is added (and charged). With
 * `x = checkpoint − spend`, the reloads so far are the fewest `k` with `x + k·amount ≥ threshold`. The balance then
 * never runs out by itself, so there is no "time left" for it: only the time to the next reload and how long one
 * reload lasts. A monthly spend limit, when set, still ends the run (see `estimateCredit`).
 */
export function projectAutoReload(
  settings: { readonly thresholdMicros: number; readonly amountMicros: number },
  checkpointMicros: number,
  spentMicros: number,
  microsPerHour: number | null,
): AutoReloadProjection {
  const { thresholdMicros, amountMicros } = settings;
  const x = checkpointMicros - spentMicros;
  const reloads = x >= thresholdMicros || amountMicros <= 0 ? 0 : Math.ceil((thresholdMicros - x) / amountMicros);
  const balanceMicros = Math.max(0, x + reloads * amountMicros);
  const perHour = microsPerHour !== null && microsPerHour > 0 ? microsPerHour : null;
  return {
    thresholdMicros,
    amountMicros,
    balanceMicros,
    reloadsSinceCheckpoint: reloads,
    hoursToNextReload: perHour === null ? null : Math.max(0, balanceMicros - thresholdMicros) / perHour,
    hoursPerReload: perHour === null ? null : amountMicros / perHour,
  };
}
