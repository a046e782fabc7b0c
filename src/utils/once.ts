/** A function that calls `fn` the first time and returns that same result ever after: work done once per build. */
export function once<T>(fn: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: fn() }).value;
}
