/** The shape of the learned item model (./item-model.ts, written by scripts/train-item-model.ts). */

import type { SharingCategory, UserRight } from '../../types';

/** A list item the model scores: `r:<right>` or `s:<sharing category>`. */
export type LearnedItem = `r:${UserRight}` | `s:${SharingCategory}`;

export interface ItemModel {
  /** What it was trained on and how (policies, sentences, settings): for the README and for anyone retraining. */
  readonly trainedOn: string;
  /** The items, in the order of every weight list below. */
  readonly items: readonly LearnedItem[];
  /**
   * Per item: a sentence states it when its score (logistic of bias plus weights) reaches this; 1 turns the
   * item off (cross-validation found the model adding it wrongly as often as rightly).
   */
  readonly thresholds: readonly number[];
  readonly bias: readonly number[];
  /** Feature (./sentence-features.ts) to its weights: pairs of item index and weight, flattened. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}
