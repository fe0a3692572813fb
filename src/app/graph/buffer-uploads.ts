/**
 * Uploads only what changed. Sigma copies each program's whole vertex array to the GPU on every
 * render (`bufferData`), whatever changed: at 10,000 documents the edge array is about 3 MB, so
 * a frame that moves the camera, draws a hover or re-reduces a few hundred edges for a brush
 * step pays for copying every edge again (main thread and GPU process alike). Here each
 * program records which part of its array its `process` calls wrote since the last upload,
 * and a render sends that part alone (`bufferSubData`); the whole array only when it was
 * reallocated. What is drawn is the same: the GPU buffer holds the same bytes as the array.
 *
 * Sigma's programs are patched in place, and only those of the shape this was written for
 * (sigma 3's `Program`); any other program keeps sigma's own upload.
 */
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

type GL = WebGLRenderingContext | WebGL2RenderingContext;

/** What sigma keeps per compiled WebGL program (`getProgramInfo`). */
interface ProgramInfo {
  gl: GL;
  buffer: WebGLBuffer;
  constantBuffer: WebGLBuffer | Record<string, never>;
}

interface ProgramAttribute {
  name: string;
  size: number;
  type: number;
}

/** The parts of sigma 3's `Program` that drawing reads and writes. */
interface LeafProgram {
  array: Float32Array;
  constantArray: Float32Array;
  isInstanced: boolean;
  STRIDE: number;
  ATTRIBUTES: ProgramAttribute[];
  CONSTANT_ATTRIBUTES: ProgramAttribute[];
  normalProgram: ProgramInfo;
  pickProgram: ProgramInfo | null;
  /** (A node program takes three arguments, an edge program five.) */
  process(index: number, offset: number, a?: unknown, b?: unknown, c?: unknown): unknown;
  bindProgram(program: ProgramInfo): void;
  bindAttribute(
    attr: ProgramAttribute,
    program: ProgramInfo,
    offset: number,
    setDivisor?: boolean,
  ): number;
}

/** A program that combines others (`createNodeCompoundProgram`). */
interface CompoundProgram {
  programs: unknown[];
}

/** Array items per block: what was written is tracked (and sent) by block, so that a few
 * hundred items rewritten across a large array (a time-window step's edges, scattered over
 * tens of thousands) send those blocks, not everything between the first and the last. */
const BLOCK_SHIFT = 8;

/** What was last sent to one GPU buffer, and the part of the array written since. */
interface Uploaded {
  array: Float32Array | null;
  /** Written since the upload, in array items: [from, to) holds every write. */
  from: number;
  to: number;
  /** The blocks written since the upload (1 where written). */
  dirty: Uint8Array;
  constants: boolean;
}

function isLeaf(p: unknown): p is LeafProgram {
  if (!p || typeof p !== "object") return false;
  const q = p as Partial<LeafProgram>;
  return (
    q.array instanceof Float32Array &&
    typeof q.STRIDE === "number" &&
    typeof q.process === "function" &&
    typeof q.bindProgram === "function" &&
    typeof q.bindAttribute === "function" &&
    Array.isArray(q.ATTRIBUTES) &&
    !!q.normalProgram &&
    typeof q.normalProgram === "object" &&
    "buffer" in q.normalProgram &&
    "gl" in q.normalProgram
  );
}

function isCompound(p: unknown): p is CompoundProgram {
  return !!p && typeof p === "object" && Array.isArray((p as Partial<CompoundProgram>).programs);
}

/** Patches one program: its `process` records what it wrote, its `bindProgram` uploads that. */
function patch(program: LeafProgram, done: WeakSet<object>): void {
  if (done.has(program)) return;
  done.add(program);
  // One state per GPU buffer the program draws from (its normal program's, and its picking
  // program's where there is one), in a list: `process` runs for every item of every refresh.
  const infos: ProgramInfo[] = [];
  const states: Uploaded[] = [];
  const stateOf = (info: ProgramInfo): Uploaded => {
    const at = infos.indexOf(info);
    if (at >= 0) return states[at] as Uploaded;
    const s: Uploaded = {
      array: null,
      from: 0,
      to: 0,
      dirty: new Uint8Array(0),
      constants: false,
    };
    infos.push(info);
    states.push(s);
    return s;
  };
  const process = program.process;
  program.process = function (
    index: number,
    offset: number,
    a?: unknown,
    b?: unknown,
    c?: unknown,
  ): unknown {
    const from = offset * this.STRIDE;
    const to = from + this.STRIDE;
    const first = from >> BLOCK_SHIFT;
    const last = (to - 1) >> BLOCK_SHIFT;
    for (let k = 0; k < states.length; k++) {
      const s = states[k] as Uploaded;
      if (s.from === s.to) {
        s.from = from;
        s.to = to;
      } else {
        if (from < s.from) s.from = from;
        if (to > s.to) s.to = to;
      }
      const dirty = s.dirty;
      if (last < dirty.length) {
        dirty[first] = 1;
        dirty[last] = 1;
      }
    }
    return process.call(this, index, offset, a, b, c);
  };
  /** Sends the array (or what changed in it: each run of written blocks, clipped to what was
   * written) to the buffer bound to ARRAY_BUFFER. */
  const upload = (gl: GL, s: Uploaded, array: Float32Array): void => {
    const blocks = ((array.length - 1) >> BLOCK_SHIFT) + 1;
    if (s.array !== array) {
      gl.bufferData(gl.ARRAY_BUFFER, array, gl.DYNAMIC_DRAW);
      s.array = array;
      if (s.dirty.length !== blocks) s.dirty = new Uint8Array(blocks);
      else s.dirty.fill(0);
    } else if (s.from < s.to) {
      const end = Math.min(s.to, array.length);
      const dirty = s.dirty;
      const last = Math.min((end - 1) >> BLOCK_SHIFT, dirty.length - 1);
      let b = s.from >> BLOCK_SHIFT;
      while (b <= last) {
        if (!dirty[b]) {
          b++;
          continue;
        }
        const runStart = b;
        while (b <= last && dirty[b]) dirty[b++] = 0;
        const from = Math.max(runStart << BLOCK_SHIFT, s.from);
        const to = Math.min(b << BLOCK_SHIFT, end);
        if (from < to) gl.bufferSubData(gl.ARRAY_BUFFER, from * 4, array.subarray(from, to));
      }
    }
    s.from = s.to = 0;
  };
  // Sigma 3's `bindProgram`, but for the upload.
  program.bindProgram = function (info: ProgramInfo): void {
    const { gl, buffer } = info;
    const s = stateOf(info);
    let offset = 0;
    if (!this.isInstanced) {
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      for (const attr of this.ATTRIBUTES) offset += this.bindAttribute(attr, info, offset);
      upload(gl, s, this.array);
    } else {
      gl.bindBuffer(gl.ARRAY_BUFFER, info.constantBuffer as WebGLBuffer);
      for (const attr of this.CONSTANT_ATTRIBUTES)
        offset += this.bindAttribute(attr, info, offset, false);
      if (!s.constants) {
        gl.bufferData(gl.ARRAY_BUFFER, this.constantArray, gl.STATIC_DRAW);
        s.constants = true;
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      offset = 0;
      for (const attr of this.ATTRIBUTES) offset += this.bindAttribute(attr, info, offset, true);
      upload(gl, s, this.array);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  };
}

function patchAll(programs: unknown, done: WeakSet<object>): void {
  if (!programs || typeof programs !== "object") return;
  for (const p of Object.values(programs as Record<string, unknown>)) {
    if (isLeaf(p)) patch(p, done);
    else if (isCompound(p)) for (const q of p.programs) if (isLeaf(q)) patch(q, done);
  }
}

/** Makes `renderer`'s programs upload only what changed since their last draw. */
export function uploadChangesOnly<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
): void {
  const internals = renderer as unknown as {
    nodePrograms?: unknown;
    edgePrograms?: unknown;
    nodeHoverPrograms?: unknown;
  };
  const done = new WeakSet<object>();
  patchAll(internals.nodePrograms, done);
  patchAll(internals.edgePrograms, done);
  patchAll(internals.nodeHoverPrograms, done);
}
