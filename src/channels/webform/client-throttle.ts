// A sliding window per client address, in the process's memory: cheap enough to run before any
// parsing or database work, so a flood is turned away while the server keeps answering others.
export function createClientThrottle(options: { limit: number; windowMs: number; maxClients?: number }) {
  const hits = new Map<string, number[]>();
  const maxClients = options.maxClients ?? 10_000;
  return {
    /** counts this request; null when allowed, else the seconds until the client may post again */
    take(client: string, now = Date.now()): number | null {
      const since = now - options.windowMs;
      const recent = (hits.get(client) ?? []).filter((at) => at > since);
      if (recent.length >= options.limit) {
        hits.set(client, recent);
        return Math.max(1, Math.ceil((recent[0]! + options.windowMs - now) / 1000));
      }
      recent.push(now);
      hits.delete(client);
      hits.set(client, recent);
      // The oldest clients go first when too many addresses are remembered.
      if (hits.size > maxClients) hits.delete(hits.keys().next().value!);
      return null;
    },
  };
}
