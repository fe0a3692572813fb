/** What a key pressed on the focused graph does. Pure, so that it is unit-testable. */
export type GraphKeyAction =
  | { kind: "pan"; dx: -1 | 0 | 1; dy: -1 | 0 | 1 }
  | { kind: "zoom"; direction: 1 | -1 }
  | { kind: "fit" }
  | { kind: "open" }
  | { kind: "step"; direction: 1 | -1 };

/** Maps a `KeyboardEvent.key` to an action; null for keys the graph leaves alone. */
export function graphKeyAction(key: string): GraphKeyAction | null {
  switch (key) {
    case "ArrowLeft":
      return { kind: "pan", dx: -1, dy: 0 };
    case "ArrowRight":
      return { kind: "pan", dx: 1, dy: 0 };
    case "ArrowUp":
      return { kind: "pan", dx: 0, dy: 1 };
    case "ArrowDown":
      return { kind: "pan", dx: 0, dy: -1 };
    case "+":
    case "=":
      return { kind: "zoom", direction: 1 };
    case "-":
    case "_":
    case "−":
      return { kind: "zoom", direction: -1 };
    case "0":
      return { kind: "fit" };
    case "Enter":
      return { kind: "open" };
    case "]":
      return { kind: "step", direction: 1 };
    case "[":
      return { kind: "step", direction: -1 };
    default:
      return null;
  }
}
