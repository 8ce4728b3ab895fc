/**
 * Splits an import into calls of bounded size, so a folder of several gigabytes never becomes one giant
 * request, and only one batch of file contents is held in memory at a time.
 */
export interface BatchLimits {
  maxBytes: number;
  maxFiles: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxBytes: 25 * 1024 * 1024, maxFiles: 200 };

/** Keeps the given order; a single item bigger than maxBytes travels alone. */
export function planBatches<T>(items: readonly T[], sizeOf: (item: T) => number, limits: BatchLimits): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (currentBytes + size > limits.maxBytes || current.length >= limits.maxFiles)) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
