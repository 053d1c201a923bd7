/** Every read model the ledger keeps, in the order the runner folds them. */
import type { Projection } from './projection.js';

export const allProjections: readonly Projection[] = [];
