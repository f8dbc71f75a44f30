/** Offsets inside, positions at the edge: the one place that turns offsets into lines and columns. */
export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    // Without a CR (nearly every file), the engine's own search finds the line breaks: several times faster than a
    // loop over every character (a 200-service compose file is re-indexed on each keystroke).
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  /** 0-based line and character (UTF-16 units) of an offset. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), this.lineEnd(line));
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** Offset of the end of the line's content (before its terminator). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[line + 1];
    if (this.text.charCodeAt(e - 1) === 10) e--;
    if (this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}

const boxes = new Map<string, { text: string; index: LineIndex }>();

/** A LineIndex per path, rebuilt only when the text changes. */
export function lineIndexFor(path: string, text: string): LineIndex {
  const hit = boxes.get(path);
  if (hit && hit.text === text) return hit.index;
  const index = new LineIndex(text);
  boxes.set(path, { text, index });
  if (boxes.size > 20000) boxes.delete(boxes.keys().next().value as string);
  return index;
}
