// Resolving the references in a step's fields while remembering what they revealed, so that the
// step can scrub those values from everything it logs, returns or throws (a command's output, a
// response echoing a header). Commands and requests are where a step itself repeats what it was
// given, so scrubbing cannot wait until the activity returns. `${outputs.<name>}` (a step's own
// outputs, in its undo) is filled in here; everything else goes through resolveRefs.
import { ApplicationFailure } from '@temporalio/common';
import { resolveRefs } from './resolve';
import type { StepOutput } from './context';
import { OUTPUT_REF as OUTPUT } from './output-refs';

const REF = /\$\{([^}]*)\}/g;
const WHOLE = /^\$\{[^}]*\}$/;

// Shorter values (a port, a flag) would blank out ordinary text and are not secrets worth hiding.
const MIN_LENGTH = 4;
export const MASK = '***';

/** Where `${outputs.<name>}` may be used: in an undo, with the step's outputs (absent when it failed part-way). */
export interface UndoScope {
  outputs: StepOutput | undefined;
}

const outputText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export class Redactor {
  private forms: string[] = [];

  /** Treats `value` as a secret from now on (with its URL- and JSON-escaped forms). */
  add(value: string): void {
    if (value.length < MIN_LENGTH) return;
    const forms = [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
    for (const f of forms) if (!this.forms.includes(f)) this.forms.push(f);
    // Longest first, so that a secret containing another is masked whole.
    this.forms.sort((a, b) => b.length - a.length);
  }

  /** The length of the longest form a secret can take in text (0 when there is none). */
  get longest(): number {
    return this.forms[0]?.length ?? 0;
  }

  scrub(text: string): string {
    let out = text;
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join(MASK);
    return out;
  }

  /** Every string (and key) inside a JSON value scrubbed. */
  scrubDeep<T>(value: T): T {
    if (typeof value === 'string') return this.scrub(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.scrubDeep(v)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.scrub(k), this.scrubDeep(v)])) as T;
    }
    return value;
  }

  /** An error message scrubbed: for failures built from text the step did not write (a server's answer). */
  failure(message: string, type: string, nonRetryable: boolean, nextRetryDelay?: number): ApplicationFailure {
    return ApplicationFailure.create({ message: this.scrub(message), type, nonRetryable, nextRetryDelay });
  }

  /**
   * `value` with its references resolved and remembered. With `undo`, `${outputs.<name>}` is the
   * step's output `name` (inserted as is, never re-read for references); elsewhere it is left to
   * resolveRefs, which refuses it.
   */
  async resolve(value: string, where: string, undo?: UndoScope): Promise<string> {
    let out = '';
    let last = 0;
    for (const m of value.matchAll(REF)) {
      out += value.slice(last, m.index);
      last = m.index + m[0].length;
      const output = undo ? OUTPUT.exec(m[1]) : null;
      if (output) {
        out += outputText(this.output(output[1], where, undo!));
        continue;
      }
      const v = await resolveRefs(m[0], where);
      this.add(v);
      out += v;
    }
    return out + value.slice(last);
  }

  /**
   * Every string inside a JSON value (a request body) resolved; a string that is one whole
   * `${outputs.<name>}` keeps the output's JSON type (a number stays a number).
   */
  async resolveDeep(value: unknown, where: string, undo?: UndoScope): Promise<unknown> {
    if (typeof value === 'string') {
      const whole = undo && WHOLE.test(value) ? OUTPUT.exec(value.slice(2, -1)) : null;
      return whole ? this.output(whole[1], where, undo!) : this.resolve(value, where, undo);
    }
    if (Array.isArray(value)) return Promise.all(value.map((v) => this.resolveDeep(v, where, undo)));
    if (value && typeof value === 'object') {
      const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await this.resolveDeep(v, where, undo)] as const));
      return Object.fromEntries(entries);
    }
    return value;
  }

  private output(name: string, where: string, undo: UndoScope): unknown {
    if (!undo.outputs) {
      throw ApplicationFailure.nonRetryable(
        `${where}: \${outputs.${name}} cannot be filled in: the step returned no outputs (it failed or was interrupted part-way); check by hand what it did, then skip this undo`,
        'MissingOutput',
      );
    }
    const v = undo.outputs[name];
    if (v === undefined) {
      const known = Object.keys(undo.outputs);
      throw ApplicationFailure.nonRetryable(`${where}: \${outputs.${name}}: the step's outputs have no ${name} (${known.length ? `they have ${known.join(', ')}` : 'they are empty'})`, 'MissingOutput');
    }
    return v;
  }
}
