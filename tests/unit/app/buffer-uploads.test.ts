import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import { uploadChangesOnly } from "../../../src/app/graph/buffer-uploads.ts";

/** A WebGL stand-in that keeps each buffer's bytes and logs the uploads. */
class FakeGl {
  readonly ARRAY_BUFFER = 0x8892;
  readonly DYNAMIC_DRAW = 0x88e8;
  readonly STATIC_DRAW = 0x88e4;
  bound: { data: Float32Array } | null = null;
  log: string[] = [];
  bindBuffer(_target: number, buffer: { data: Float32Array } | null): void {
    this.bound = buffer;
  }
  bufferData(_target: number, array: Float32Array): void {
    if (!this.bound) throw new Error("no buffer bound");
    this.bound.data = array.slice();
    this.log.push(`all ${array.length}`);
  }
  bufferSubData(_target: number, byteOffset: number, array: Float32Array): void {
    if (!this.bound) throw new Error("no buffer bound");
    this.bound.data.set(array, byteOffset / 4);
    this.log.push(`part ${byteOffset / 4}+${array.length}`);
  }
}

/** The parts of sigma 3's `Program` the patch reads: 2 floats per item, instanced or not. */
class FakeProgram {
  array = new Float32Array();
  constantArray = new Float32Array([1, 2]);
  STRIDE = 2;
  ATTRIBUTES = [{ name: "a", size: 2, type: 0 }];
  CONSTANT_ATTRIBUTES = [{ name: "c", size: 1, type: 0 }];
  normalProgram: { gl: FakeGl; buffer: { data: Float32Array }; constantBuffer: object };
  pickProgram = null;
  constructor(
    readonly gl: FakeGl,
    readonly isInstanced: boolean,
  ) {
    this.normalProgram = {
      gl,
      buffer: { data: new Float32Array() },
      constantBuffer: { data: new Float32Array() },
    };
  }
  reallocate(capacity: number): void {
    if (capacity * this.STRIDE !== this.array.length)
      this.array = new Float32Array(capacity * this.STRIDE);
  }
  process(index: number, offset: number, value: number): void {
    this.array[offset * this.STRIDE] = index;
    this.array[offset * this.STRIDE + 1] = value;
  }
  bindProgram(_info: unknown): void {
    throw new Error("sigma's own upload should have been replaced");
  }
  bindAttribute(attr: { size: number }): number {
    return attr.size * 4;
  }
  /** What sigma's `render` does: bind (and upload) the program. */
  draw(): void {
    this.bindProgram(this.normalProgram);
  }
}

function setUp(isInstanced: boolean): { gl: FakeGl; program: FakeProgram } {
  const gl = new FakeGl();
  const program = new FakeProgram(gl, isInstanced);
  const renderer = { nodePrograms: { circle: program }, edgePrograms: {} };
  uploadChangesOnly(renderer as unknown as Sigma);
  return { gl, program };
}

describe("uploadChangesOnly", () => {
  for (const isInstanced of [false, true]) {
    it(`sends only what changed, and the GPU holds the array (${isInstanced ? "instanced" : "plain"})`, () => {
      const { gl, program } = setUp(isInstanced);
      program.reallocate(10);
      for (let i = 0; i < 10; i++) program.process(i, i, i * 10);
      program.draw();
      expect(gl.log.filter((l) => l.startsWith("all"))).toContain("all 20");
      expect(program.normalProgram.buffer.data).toEqual(program.array);

      // Nothing written: nothing sent.
      gl.log = [];
      program.draw();
      expect(gl.log).toEqual([]);

      // Items 3 and 5 rewritten: items 3 to 5 are sent, and the GPU copy matches again.
      program.process(3, 3, 99);
      program.process(5, 5, 77);
      program.draw();
      expect(gl.log).toEqual(["part 6+6"]);
      expect(program.normalProgram.buffer.data).toEqual(program.array);

      // A new array (another size): sent whole.
      gl.log = [];
      program.reallocate(4);
      for (let i = 0; i < 4; i++) program.process(i, i, -i);
      program.draw();
      expect(gl.log).toEqual(["all 8"]);
      expect(program.normalProgram.buffer.data).toEqual(program.array);
    });
  }

  it("sends items written far apart as separate parts, not everything between them", () => {
    const { gl, program } = setUp(false);
    program.reallocate(1000);
    for (let i = 0; i < 1000; i++) program.process(i, i, i);
    program.draw();
    gl.log = [];
    // Items 2 and 900 (floats 4–5 and 1800–1801), then 3 (next to 2): two parts, each the
    // written blocks of 256 floats, clipped to the first and the last float written.
    program.process(2, 2, -1);
    program.process(900, 900, -2);
    program.process(3, 3, -3);
    program.draw();
    expect(gl.log).toEqual(["part 4+252", "part 1792+10"]);
    expect(program.normalProgram.buffer.data).toEqual(program.array);
  });

  it("leaves programs of another shape alone", () => {
    const other = { process: () => undefined, bindProgram: () => "own" };
    const renderer = { nodePrograms: { other }, edgePrograms: {} };
    const before = other.bindProgram;
    uploadChangesOnly(renderer as unknown as Sigma);
    expect(other.bindProgram).toBe(before);
  });
});
