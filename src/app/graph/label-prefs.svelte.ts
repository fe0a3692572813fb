/**
 * How many labels the graph shows, as the user set it (the Labels control beside the kind
 * filters); kept in localStorage so that it stays across visits.
 */
import { LABEL_LEVELS } from "./labels.ts";
import type { LabelLevel } from "./labels.ts";

const KEY = "rabita:labels";

function stored(): LabelLevel {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v && v in LABEL_LEVELS ? (v as LabelLevel) : "normal";
  } catch {
    return "normal";
  }
}

class LabelPrefs {
  level: LabelLevel = $state(stored());

  set(level: LabelLevel): void {
    this.level = level;
    try {
      globalThis.localStorage?.setItem(KEY, level);
    } catch {
      // Private mode or storage full: the setting lasts for this page only.
    }
  }
}

export const labelPrefs = new LabelPrefs();
