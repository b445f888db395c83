// Classic test script for worker-file.html (file://, where ES modules and worker files cannot
// load, and a Blob worker cannot importScripts a file:// URL): starts the queue's worker from a
// Blob URL of DisputeQueueWorkerSource (pkg/queue/worker-global.js, the engine inlined) and
// speaks the worker's protocol.
/* global DisputeQueueWorkerSource */
window.queueFileTest = function (items) {
  var source = "(" + DisputeQueueWorkerSource.toString() + ")();\n";
  var url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  var worker = new Worker(url);
  return new Promise(function (resolve, reject) {
    worker.onerror = function (event) {
      reject(new Error("worker error: " + (event.message || "could not start")));
    };
    worker.onmessage = function (event) {
      var m = event.data;
      if (m.type === "ready") worker.postMessage({ type: "evaluate", id: 1, items: items });
      else if (m.type === "results") {
        worker.terminate();
        document.getElementById("status").textContent = "done";
        resolve(m.results);
      } else reject(new Error(m.message));
    };
    worker.postMessage({ type: "init" });
  });
};
