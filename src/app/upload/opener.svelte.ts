/**
 * The state of opening your own files, kept by the app shell so that it outlives the
 * explorer it replaces: working (with progress), the report of the last open (documents
 * compiled, files failed or skipped) or why nothing was opened.
 */
import type { DocumentRecord } from "../../model/types.ts";
import type { Dataset } from "../data/dataset.ts";
import { openPicked } from "./open-files.ts";
import type { OpenTask } from "./open-files.ts";
import type { PickedFile } from "./picked.ts";
import { progressView } from "./progress.ts";

export type OpenerState =
  | { kind: "idle" }
  | { kind: "working"; files: number; label: string; fraction: number }
  | {
      kind: "done";
      source: "documents" | "compiled";
      compiled: number;
      problems: DocumentRecord[];
    }
  | { kind: "error"; message: string };

export class Opener {
  state: OpenerState = $state.raw({ kind: "idle" });
  /** A report not yet shown since the explorer was replaced. */
  unseen = $state(false);
  private task: OpenTask | null = null;
  private readonly onopen: (dataset: Dataset, folder: string | null) => void;

  /** `onopen` gets the dataset opened, and the folder compiled when one was picked whole. */
  constructor(onopen: (dataset: Dataset, folder: string | null) => void) {
    this.onopen = onopen;
  }

  open(picked: readonly PickedFile[]): void {
    this.task?.cancel();
    this.state = { kind: "working", files: picked.length, label: "Reading…", fraction: 0 };
    const task = openPicked(picked, (progress) => {
      if (this.task === task)
        this.state = { kind: "working", files: picked.length, ...progressView(progress) };
    });
    this.task = task;
    void task.outcome.then((outcome) => {
      if (this.task !== task) return;
      this.task = null;
      if (outcome.status === "cancelled") this.state = { kind: "idle" };
      else if (outcome.status === "error") {
        this.state = { kind: "error", message: outcome.message };
        this.unseen = true;
      } else {
        const { source, compiled, problems } = outcome;
        this.state = { kind: "done", source, compiled, problems };
        this.unseen = true;
        this.onopen(outcome.dataset, outcome.folder);
      }
    });
  }

  cancel(): void {
    const task = this.task;
    this.task = null;
    task?.cancel();
    this.state = { kind: "idle" };
  }
}
