// A progress bar on stderr, drawn only when stderr is a terminal (never in a pipe or a log file).

const WIDTH = 28;

/** { update(done, total?), clear() }: `total` unknown draws a count without a bar. */
export function progressBar(stream, label) {
  if (!stream.isTTY) return { update() {}, clear() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 80 && done !== total) return;
      last = now;
      drawn = true;
      let text;
      if (total) {
        const filled = Math.round((WIDTH * done) / Math.max(total, 1));
        text = `${label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")}`;
      } else {
        text = `${label} ${done.toLocaleString("en")}`;
      }
      stream.write(`\r${text}\x1b[K`);
    },
    clear() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
