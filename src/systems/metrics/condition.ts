// The condition language of `successCondition` / `failureCondition`: a small expression over the
// measured value, parsed here (never evaluated as code) so that a plan cannot run anything and a
// mistake is refused when the plan is validated. Grammar (docs/metrics.md):
//
//   condition  := threshold | or
//   threshold  := compare-op sum                       ("< 0.01" means "result < 0.01")
//   or         := and { ("||" | "or") and }
//   and        := not { ("&&" | "and") not }
//   not        := ("!" | "not") not | comparison | "(" or ")"
//   comparison := sum compare-op sum                   (no chains: a < b < c is refused)
//   sum        := product { ("+" | "-") product }
//   product    := unary { ("*" | "/") unary }
//   unary      := "-" unary | number | "result" [ "[" "0" "]" ] | "(" sum ")"
//   compare-op := "<" | "<=" | ">" | ">=" | "==" | "!="
//
// Comparisons take numbers and give true or false; `and`, `or` and `not` take true or false. The
// whole condition must be true or false. Types are checked while parsing, so `result + 1` or
// `result < 1 && 2` are plan errors, not surprises during a rollout.

export type Compare = '<' | '<=' | '>' | '>=' | '==' | '!=';

export type NumberNode =
  | { t: 'num'; v: number }
  | { t: 'result' }
  | { t: 'neg'; e: NumberNode }
  | { t: 'arith'; op: '+' | '-' | '*' | '/'; l: NumberNode; r: NumberNode };

export type BoolNode =
  | { t: 'cmp'; op: Compare; l: NumberNode; r: NumberNode }
  | { t: 'not'; e: BoolNode }
  | { t: 'and' | 'or'; l: BoolNode; r: BoolNode };

type Node = NumberNode | BoolNode;

/** A condition that cannot be read; `at` is the 1-based character where the problem is. */
export class ConditionError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'ConditionError';
  }
}

interface Token {
  kind: 'num' | 'name' | 'op' | 'end';
  text: string;
  /** 0-based offset in the condition. */
  pos: number;
  value?: number;
}

const COMPARE = new Set(['<', '<=', '>', '>=', '==', '!=']);
const OPS = ['<=', '>=', '==', '!=', '&&', '||', '<', '>', '!', '+', '-', '*', '/', '(', ')', '[', ']'];
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
export const MAX_CONDITION_LENGTH = 500;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ kind: 'num', text: num[0], pos: i, value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], pos: i });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ kind: 'op', text: op, pos: i });
      i += op.length;
      continue;
    }
    const c = rest[0];
    if (c === '=') throw new ConditionError('"=" is not a comparison: write == (or <=, >=)', i + 1);
    if (c === '&' || c === '|') throw new ConditionError(`"${c}" alone is not an operator: write ${c}${c}`, i + 1);
    throw new ConditionError(`unexpected character ${JSON.stringify(c)}`, i + 1);
  }
  tokens.push({ kind: 'end', text: 'the end', pos: text.length });
  return tokens;
}

const isBool = (n: Node): n is BoolNode => n.t === 'cmp' || n.t === 'not' || n.t === 'and' || n.t === 'or';
const shown = (t: Token) => (t.kind === 'end' ? 'the end' : JSON.stringify(t.text));

class Parser {
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  private get tok(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    return this.tokens[this.i++];
  }

  private is(...texts: string[]): boolean {
    const t = this.tok;
    return (t.kind === 'op' || t.kind === 'name') && texts.includes(t.text);
  }

  private atEnd(): boolean {
    return this.tok.kind === 'end';
  }

  private atCompare(): boolean {
    return this.tok.kind === 'op' && COMPARE.has(this.tok.text);
  }

  private fail(message: string, t: Token = this.tok): never {
    throw new ConditionError(message, t.pos + 1);
  }

  condition(): BoolNode {
    let node: Node;
    if (this.atCompare()) {
      // A threshold: the measured value is the left side.
      const op = this.next().text as Compare;
      node = { t: 'cmp', op, l: { t: 'result' }, r: this.sum() };
      if (!this.atEnd()) this.fail(`a threshold (${op} …) stands alone: to combine, write result ${op} … && …`);
    } else {
      node = this.or();
    }
    if (!this.atEnd()) {
      if (this.atCompare()) {
        this.fail(`comparisons do not chain: write a ${this.tok.text} b && b ${this.tok.text} c`);
      }
      this.fail(`unexpected ${shown(this.tok)}: expected &&, || or the end`);
    }
    if (!isBool(node)) this.fail('the condition must compare the value (true or false), e.g. result < 0.01', this.tokens[0]);
    return node;
  }

  private or(): Node {
    let l = this.and();
    while (this.is('||', 'or')) {
      const op = this.next();
      const r = this.and();
      l = { t: 'or', l: this.bool(l, op), r: this.bool(r, op) };
    }
    return l;
  }

  private and(): Node {
    let l = this.not();
    while (this.is('&&', 'and')) {
      const op = this.next();
      const r = this.not();
      l = { t: 'and', l: this.bool(l, op), r: this.bool(r, op) };
    }
    return l;
  }

  private not(): Node {
    if (this.is('!', 'not')) {
      const op = this.next();
      return { t: 'not', e: this.bool(this.not(), op) };
    }
    const left = this.sumOrGroup();
    if (this.atCompare()) {
      const op = this.next();
      if (isBool(left)) this.fail(`${op.text} compares numbers, and its left side is already true or false`, op);
      const r = this.sum();
      return { t: 'cmp', op: op.text as Compare, l: left, r };
    }
    return left; // a bare number: whoever needs true or false says so
  }

  /** A number expression, or a parenthesised condition. */
  private sumOrGroup(): Node {
    if (this.is('(')) {
      // Either `(condition)` or `(number) op …`: parse the inside as a condition, which also
      // accepts a bare number expression, then continue as a number if it is one.
      const open = this.next();
      const inner = this.or();
      if (!this.is(')')) this.fail(`expected ) to close the ( at character ${open.pos + 1}, found ${shown(this.tok)}`);
      this.next();
      if (isBool(inner)) return inner;
      return this.sumRest(this.productRest(inner));
    }
    return this.sum();
  }

  private bool(n: Node, op: Token): BoolNode {
    if (!isBool(n)) this.fail(`${op.text} joins conditions (true or false), not numbers: compare the value, e.g. result < 0.01`, op);
    return n;
  }

  private sum(): NumberNode {
    return this.sumRest(this.product());
  }

  private sumRest(l: NumberNode): NumberNode {
    while (this.is('+', '-')) {
      const op = this.next().text as '+' | '-';
      l = { t: 'arith', op, l, r: this.product() };
    }
    return l;
  }

  private product(): NumberNode {
    return this.productRest(this.unary());
  }

  private productRest(l: NumberNode): NumberNode {
    while (this.is('*', '/')) {
      const op = this.next().text as '*' | '/';
      l = { t: 'arith', op, l, r: this.unary() };
    }
    return l;
  }

  private unary(): NumberNode {
    const t = this.tok;
    if (this.is('-')) {
      this.next();
      return { t: 'neg', e: this.unary() };
    }
    if (t.kind === 'num') {
      this.next();
      return { t: 'num', v: t.value! };
    }
    if (t.kind === 'name') {
      if (t.text === 'result') {
        this.next();
        if (this.is('[')) {
          this.next();
          const index = this.tok;
          if (index.kind !== 'num') this.fail(`expected 0 after result[, found ${shown(index)}`);
          if (index.value !== 0) {
            this.fail('only result[0] exists: a measurement is one value (a query answering with several series is inconclusive; aggregate them in the query, e.g. max(…))', index);
          }
          this.next();
          if (!this.is(']')) this.fail(`expected ] after result[0, found ${shown(this.tok)}`);
          this.next();
        }
        return { t: 'result' };
      }
      if (['and', 'or', 'not'].includes(t.text)) this.fail(`expected a number or result before ${t.text}`);
      if (['true', 'false'].includes(t.text)) this.fail(`${t.text} is not a value here: compare result with a number`);
      this.next();
      if (this.is('(')) this.fail(`unknown function ${t.text}: the language has no functions (the query can do the arithmetic)`, t);
      this.fail(`unknown name ${t.text}: the measured value is called result`, t);
    }
    if (this.is('(')) {
      const open = this.next();
      const inner = this.sum();
      if (!this.is(')')) this.fail(`expected ) to close the ( at character ${open.pos + 1}, found ${shown(this.tok)}`);
      this.next();
      return inner;
    }
    this.fail(`expected a number, result or ( but found ${shown(t)}`);
  }
}

/** Parses a condition; throws a ConditionError that says what and where. */
export function parseCondition(text: string): BoolNode {
  if (text.length > MAX_CONDITION_LENGTH) throw new ConditionError(`longer than ${MAX_CONDITION_LENGTH} characters`, MAX_CONDITION_LENGTH + 1);
  if (!text.trim()) throw new ConditionError('empty condition', 1);
  return new Parser(tokenize(text)).condition();
}

/** The problem with a condition, as one line for a plan error (undefined when it reads). */
export function conditionProblem(text: string): string | undefined {
  try {
    parseCondition(text);
    return undefined;
  } catch (err) {
    if (!(err instanceof ConditionError)) throw err;
    return `cannot read ${JSON.stringify(text)} at character ${err.at}: ${err.message}`;
  }
}

function num(n: NumberNode, result: number): number {
  switch (n.t) {
    case 'num':
      return n.v;
    case 'result':
      return result;
    case 'neg':
      return -num(n.e, result);
    case 'arith': {
      const l = num(n.l, result);
      const r = num(n.r, result);
      return n.op === '+' ? l + r : n.op === '-' ? l - r : n.op === '*' ? l * r : l / r;
    }
  }
}

/** The condition's truth for a measured value (IEEE arithmetic: a comparison with NaN is false). */
export function evaluate(n: BoolNode, result: number): boolean {
  switch (n.t) {
    case 'cmp': {
      const l = num(n.l, result);
      const r = num(n.r, result);
      switch (n.op) {
        case '<':
          return l < r;
        case '<=':
          return l <= r;
        case '>':
          return l > r;
        case '>=':
          return l >= r;
        case '==':
          return l === r;
        case '!=':
          return l !== r;
      }
      break;
    }
    case 'not':
      return !evaluate(n.e, result);
    case 'and':
      return evaluate(n.l, result) && evaluate(n.r, result);
    case 'or':
      return evaluate(n.l, result) || evaluate(n.r, result);
  }
  return false;
}
