// A Node worker thread behind the Web Worker interface the pool speaks (onmessage, onerror,
// postMessage, terminate), so one core serves both hosts.

/** Wraps a `worker_threads` Worker as the pool's worker. */
export function threadAsWorker(thread) {
  const worker = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => thread.postMessage(message),
    terminate: () => thread.terminate(),
  };
  thread.on("message", (data) => worker.onmessage?.({ data }));
  thread.on("error", (error) => worker.onerror?.({ error }));
  return worker;
}
