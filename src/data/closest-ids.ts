/** The ids nearest to a mistyped one ("wall-angel" -> "wall-angels"), for "did you mean" messages. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function closestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const target = wanted.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(target.length / 3));
  return ids
    .map((id) => ({ id, score: id.includes(target) || target.includes(id) ? 0.5 : distance(target, id) }))
    .filter((c) => c.score <= limit)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((c) => c.id);
}
