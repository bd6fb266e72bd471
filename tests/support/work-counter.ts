/**
 * Counts the work string and regex built-ins do while a function runs, so a test can tell linear
 * from quadratic without a clock (tests never assert wall-clock times: GUIDE).
 *
 * The built-ins are wrapped on their prototypes for the duration of one call: every regex
 * execution (exec, and through it test / replace / match / split) adds the characters it scanned
 * (from where it started to the end of its match, or to the end of the input when it failed); a
 * sticky one adds what it consumed; indexOf adds the distance searched; slice, toLowerCase, trim
 * and friends add the length they touch; charCodeAt / charAt / codePointAt add one each. A regex
 * that runs on past its block (the quadratic sentence splitter of issue 9, item 4) shows up as
 * scanned characters, which a count of calls would miss. Plain `text[i]` indexing is invisible
 * here; the loops that use it also call one of the counted methods, or stay within a line.
 */

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

let work = 0;

function wrapString(name: keyof string & string, cost: (self: string, args: unknown[], result: unknown) => number): () => void {
  const proto = String.prototype as unknown as Record<string, AnyFn>;
  const original = proto[name]!;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    work += cost(String(this), args, result);
    return result;
  };
  return () => { proto[name] = original; };
}

function searchedTo(self: string, from: unknown, result: unknown): number {
  const start = typeof from === 'number' && from > 0 ? Math.min(from, self.length) : 0;
  return ((result as number) === -1 ? self.length : (result as number)) - start + 1;
}

function install(): () => void {
  const restores: (() => void)[] = [];
  const execProto = RegExp.prototype as unknown as { exec: (this: RegExp, s: string) => RegExpExecArray | null };
  const exec = execProto.exec;
  execProto.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    if (this.sticky) work += 1 + (m ? m[0].length : 0);
    else work += (m ? m.index + m[0].length : s.length) - Math.min(from, s.length) + 1;
    return m;
  };
  restores.push(() => { execProto.exec = exec; });
  restores.push(wrapString('indexOf', (self, args, r) => searchedTo(self, args[1], r)));
  restores.push(wrapString('lastIndexOf', (self) => self.length + 1));
  restores.push(wrapString('includes', (self) => self.length + 1));
  restores.push(wrapString('startsWith', (_self, args) => String(args[0]).length + 1));
  restores.push(wrapString('endsWith', (_self, args) => String(args[0]).length + 1));
  for (const name of ['slice', 'substring', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'repeat', 'padStart'] as const) {
    restores.push(wrapString(name, (_self, _args, r) => (typeof r === 'string' ? r.length : 0) + 1));
  }
  for (const name of ['charCodeAt', 'charAt', 'codePointAt'] as const) restores.push(wrapString(name, () => 1));
  return () => { for (const restore of restores.reverse()) restore(); };
}

/** Runs `fn` with the built-ins counted; returns the work done and fn's result. */
export function countWork<T>(fn: () => T): { work: number; result: T } {
  const restore = install();
  work = 0;
  try {
    const result = fn();
    return { work, result };
  } finally {
    restore();
  }
}

/**
 * How work grows from size n to 4n: 4 for linear code, 16 for quadratic. `make(n)` builds an
 * input of about n characters.
 */
export function growth(make: (n: number) => string, run: (input: string) => unknown, n: number): { small: number; large: number; ratio: number } {
  run(make(Math.max(1, n >> 4))); // warm caches (keyword tables, compiled patterns) outside the count
  const small = countWork(() => run(make(n))).work;
  const large = countWork(() => run(make(4 * n))).work;
  return { small, large, ratio: large / Math.max(1, small) };
}
