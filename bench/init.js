import init from "../pkg/web/index.js";

const start = performance.now();
await init();
window.initMs = performance.now() - start;
