// The start-up measures' second baseline: the bare page (the classic build and the same call),
// which then shows the element's finished result card as static markup in a shadow root, with the
// element's own stylesheet. No element code, no form, no page around it: the least any page that
// shows this card has to do. Written next to the help page (www/pkg/), so it loads the very build
// the page loads from disk; the markup is taken from the help page's own first result.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CSS } from "../elements/styles.js";
import { repoRoot } from "../tests/browser/harness.mjs";

/**
 * Opens `pageUrl` (the help page with a shared link) once, takes the element's result as it is
 * first drawn (the form not built yet), and writes www/pkg/bare-card.html and bare-card.js, which
 * make `call` with the classic build and then insert that card. Returns the page's path from the
 * repository root.
 */
export async function writeCardReference(browser, pageUrl, input) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.locator("dispute-calculator[data-outcome]").waitFor({ state: "attached" });
  const markup = await page.evaluate(() => {
    const base = document.querySelector("dispute-calculator").shadowRoot.querySelector(".base").cloneNode(true);
    base.querySelector("#forms").replaceChildren();
    return base.outerHTML;
  });
  await context.close();
  const dir = join(repoRoot, "www/pkg");
  await writeFile(
    join(dir, "bare-card.js"),
    `var CARD_CSS = ${JSON.stringify(CSS)};\nvar CARD_HTML = ${JSON.stringify(markup)};\n` +
      `DisputeCalc.ready.then(function (api) {\n` +
      `  var d = api.evaluateDispute(${JSON.stringify(input)});\n` +
      `  var host = document.createElement("div");\n` +
      `  host.attachShadow({ mode: "open" }).innerHTML = "<style>" + CARD_CSS + "</style>" + CARD_HTML;\n` +
      `  document.body.appendChild(host);\n` +
      `  document.body.setAttribute("data-outcome", d.outcome);\n` +
      `});\n`,
  );
  await writeFile(
    join(dir, "bare-card.html"),
    `<!doctype html><meta charset="utf-8"><title>bare with the card</title><link rel="icon" href="data:,"><body>\n` +
      `<script src="dispute-calc.js"></script><script src="bare-card.js"></script>\n`,
  );
  return "www/pkg/bare-card.html";
}
