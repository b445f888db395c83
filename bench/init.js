import init from "../pkg/web/dispute_calc.js";

const start = performance.now();
await init();
window.initMs = performance.now() - start;
