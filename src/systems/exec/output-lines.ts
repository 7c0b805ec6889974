// A command's stdout or stderr as lines: each one scrubbed of the step's secrets before anyone
// sees it (the worker's log, the step's error), the last few kept for the error message, and the
// last JSON object line of stdout kept for the step's outputs.
import type { Redactor } from '../../kit/redactor';

/** A line longer than this is cut into pieces (and is no candidate for outputs). */
const MAX_LINE = 1 << 20;
/** What of a line goes into one log entry. */
const MAX_LOGGED = 4096;
const TAIL_LINES = 10;
const TAIL_WIDTH = 300;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text);

export class OutputLines {
  private buffer = '';
  /** The buffer continues a line already cut (so it is no candidate for outputs). */
  private continued = false;
  private readonly tail: string[] = [];
  /** The last complete line that parsed as a JSON object, scrubbed. */
  lastJsonObject: Record<string, unknown> | undefined;
  lines = 0;

  constructor(
    private readonly redactor: Redactor,
    /** Gets each line, scrubbed. */
    private readonly log: (line: string) => void,
    private readonly parseJson = false,
  ) {}

  write(chunk: string): void {
    this.buffer += chunk;
    for (let nl = this.buffer.indexOf('\n'); nl >= 0; nl = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, nl).replace(/\r$/, '');
      this.buffer = this.buffer.slice(nl + 1);
      this.line(line, !this.continued);
      this.continued = false;
    }
    if (this.buffer.length > MAX_LINE) {
      // Scrubbed whole before it is cut, and the cut leaves room for the longest secret: a secret
      // that straddles the cut is still complete in what stays.
      const clean = this.redactor.scrub(this.buffer);
      const keep = Math.max(0, this.redactor.longest - 1);
      this.buffer = clean.slice(clean.length - keep);
      this.line(clean.slice(0, clean.length - keep), false);
      this.continued = true;
    }
  }

  end(): void {
    if (this.buffer.length) this.line(this.buffer, !this.continued);
    this.buffer = '';
    this.continued = false;
  }

  /** The last lines, scrubbed and cut to a width, for an error message. */
  lastLines(): string[] {
    return [...this.tail];
  }

  private line(raw: string, whole: boolean): void {
    this.lines++;
    const text = this.redactor.scrub(raw);
    this.log(cut(text, MAX_LOGGED));
    this.tail.push(cut(text, TAIL_WIDTH));
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    if (this.parseJson && whole) {
      const t = raw.trim();
      if (!t.startsWith('{')) return;
      try {
        const v: unknown = JSON.parse(t);
        if (v && typeof v === 'object' && !Array.isArray(v)) this.lastJsonObject = this.redactor.scrubDeep(v as Record<string, unknown>);
      } catch {
        // Not JSON: an ordinary line.
      }
    }
  }
}
