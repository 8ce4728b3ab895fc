/**
 * Approximate substring search (Sellers' variant of edit distance: the match may start anywhere in the
 * text for free). Used only when a quote is not found exactly, within a window around where it was.
 */

export interface FuzzyMatch {
  start: number;
  end: number;
  distance: number;
}

/** The substring of `text` closest to `pattern` by edit distance; ties go to the one nearest `near`. */
export function closestSubstring(text: string, pattern: string, near: number): FuzzyMatch | null {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return null;
  // cost[i]: distance between pattern[0..i) and the best substring ending at the current text position;
  // from[i]: where that substring starts.
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  let best: FuzzyMatch | null = null;
  for (let j = 1; j <= text.length; j++) {
    const nextCost = new Array<number>(m + 1);
    const nextFrom = new Array<number>(m + 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    const tc = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = (cost[i - 1] as number) + (pattern.charCodeAt(i - 1) === tc ? 0 : 1);
      const skipText = (cost[i] as number) + 1;
      const skipPattern = (nextCost[i - 1] as number) + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost[i] = substitute;
        nextFrom[i] = from[i - 1] as number;
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextFrom[i] = from[i] as number;
      } else {
        nextCost[i] = skipPattern;
        nextFrom[i] = nextFrom[i - 1] as number;
      }
    }
    cost = nextCost;
    from = nextFrom;
    const distance = cost[m] as number;
    const start = from[m] as number;
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && Math.abs(start - near) < Math.abs(best.start - near))
    ) {
      best = { start, end: j, distance };
    }
  }
  return best;
}
