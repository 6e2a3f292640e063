type StoredPause = { from: string; to: string | null };

// Waiting on the customer stops the clocks (R3); these keep the stored history of such stretches.
export function openPause(stored: unknown, at: Date): StoredPause[] {
  const pauses = [...((stored as StoredPause[] | null) ?? [])];
  if (pauses.some((pause) => pause.to === null)) return pauses;
  return [...pauses, { from: at.toISOString(), to: null }];
}

export function closePause(stored: unknown, at: Date): StoredPause[] {
  return ((stored as StoredPause[] | null) ?? []).map((pause) =>
    pause.to === null
      ? { from: pause.from, to: new Date(Math.max(at.getTime(), Date.parse(pause.from))).toISOString() }
      : pause,
  );
}

export function hasOpenPause(stored: unknown): boolean {
  return ((stored as StoredPause[] | null) ?? []).some((pause) => pause.to === null);
}
