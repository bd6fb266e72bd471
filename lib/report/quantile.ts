/**
 * The q-quantile of `values` by linear interpolation between the two nearest ranks
 * (Hyndman & Fan type 7): what DuckDB's quantile_cont, numpy's and pandas' default quantile and
 * R's default quantile() give, so a reader checking a figure gets the same number. NaN when empty.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(Math.max(q, 0), 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
