// The queue's Web Worker: loads the engine once, then evaluates the chunks the driver (run.js)
// sends, with `evaluateDisputes(items, { text: false })`.
//
// One file, four ways to start it (see the README, "The dispute queue (core)"):
// - a module worker from this file's URL (pages served over http), engine = the web build;
// - a classic worker from this file's URL, engine = the classic build loaded by importScripts;
// - a classic worker from a Blob URL made of `DisputeQueueWorkerMain`'s source, engine = the
//   classic build by importScripts (over http; a Blob worker cannot import a file:// URL);
// - a Blob URL worker made of pkg/queue/worker-global.js's DisputeQueueWorkerSource, where the
//   engine is inlined before this file (pages opened from file://).
// Loaded by a page (a script tag or an import), it only defines DisputeQueueWorkerMain.
//
// Messages in: { type: "init", module?, wasm?, classic? }, { type: "evaluate", id, items }.
// Messages out: { type: "ready" }, { type: "results", id, results }, { type: "failed", id?, message }.
(function (scope) {
  function queueWorkerMain(self) {
    var engine = null;
    function load(message) {
      // The engine may be inlined before this code (pkg/queue/worker-global.js), or a classic
      // build to import, or the web build (module workers).
      if (self.DisputeCalc || message.classic) {
        if (!self.DisputeCalc) self.importScripts(message.classic);
        return self.DisputeCalc.ready.then(function (api) {
          return api.evaluateDisputes;
        });
      }
      return import(message.module).then(function (mod) {
        return mod.default(message.wasm ? { module_or_path: message.wasm } : undefined).then(function () {
          return mod.evaluateDisputes;
        });
      });
    }
    function fail(id, error) {
      self.postMessage({ type: "failed", id: id, message: String((error && error.message) || error) });
    }
    self.onmessage = function (event) {
      var message = event.data;
      if (message.type === "init") {
        try {
          engine = Promise.resolve(load(message));
        } catch (error) {
          engine = Promise.reject(error);
        }
        engine.then(
          function () {
            self.postMessage({ type: "ready" });
          },
          function (error) {
            fail(undefined, error);
          },
        );
      } else if (message.type === "evaluate") {
        if (!engine) return fail(message.id, "the worker was not initialised");
        engine
          .then(function (evaluateDisputes) {
            self.postMessage({ type: "results", id: message.id, results: evaluateDisputes(message.items, { text: false }) });
          })
          .catch(function (error) {
            fail(message.id, error);
          });
      }
    };
  }
  var inWorker = typeof WorkerGlobalScope !== "undefined" && scope instanceof WorkerGlobalScope;
  if (inWorker && !scope.DisputeQueueWorkerMain) queueWorkerMain(scope);
  else scope.DisputeQueueWorkerMain = queueWorkerMain;
})(globalThis);
