/**
 * Progress on stderr for `npm run compile`: a redrawn bar with count and ETA on a terminal,
 * plain lines every 10% otherwise (logs stay readable), and one line per stage.
 */

/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** Reports counted work (`tick`) and stage changes (`stage`). */
export interface Progress {
  tick(label: string, done: number, total: number): void;
  stage(message: string): void;
  done(): void;
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** Makes a progress reporter for a stream (a bar on a TTY, lines elsewhere). */
export function createProgress(
  stream: ProgressStream,
  now: () => number = () => performance.now(),
): Progress {
  const tty = stream.isTTY === true;
  let started = now();
  let label = "";
  let lastDraw = -Infinity;
  let lastDecile = -1;
  let barShown = false;

  const clearBar = (): void => {
    if (barShown) stream.write("\r\u001b[2K");
    barShown = false;
  };

  return {
    tick(name, done, total) {
      if (name !== label) {
        label = name;
        started = now();
        lastDecile = -1;
      }
      const fraction = total > 0 ? done / total : 1;
      const elapsed = now() - started;
      const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
      if (tty) {
        if (done < total && now() - lastDraw < 100) return;
        lastDraw = now();
        const width = 24;
        const filled = Math.round(fraction * width);
        const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
        stream.write(
          `\r\u001b[2K${name} [${bar}] ${done}/${total} ${Math.floor(fraction * 100)}% ETA ${seconds(eta)}`,
        );
        barShown = true;
        if (done >= total) clearBar();
        return;
      }
      const decile = Math.floor(fraction * 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
      stream.write(
        `${name}: ${done}/${total} (${decile * 10}%)${done < total ? `, ETA ${seconds(eta)}` : ""}\n`,
      );
    },
    stage(message) {
      clearBar();
      stream.write(`${message}\n`);
    },
    done() {
      clearBar();
    },
  };
}
