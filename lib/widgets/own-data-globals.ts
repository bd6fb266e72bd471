/**
 * The widget-globals probe, run in the page's own JavaScript world (MAIN) by
 * `scripting.executeScript`, which serializes it: it must not close over anything.
 *
 * A page owns everything in that world, so the probe touches as little of it as it can: it reads
 * only *own data* properties, with `Object.getOwnPropertyDescriptor`, and never `window[name]` or
 * `name in window`, which would run a getter the page defined there (or a proxy's trap on its
 * prototype chain) and tell the page the extension looked. An accessor counts as absent. It calls
 * no other built-in either (no `split`, no `push`: a page may have replaced them): paths come
 * split, and the answer is a string of '1' and '0', one per path, built with `+`.
 *
 * What it cannot avoid: reading the global `Object` and its `getOwnPropertyDescriptor`, which a
 * page may have redefined; on a dotted path, the descriptor read on the object at the first
 * name, which runs that object's trap if the page made it a Proxy (docs/security.md).
 */
export function ownDataGlobals(paths: string[][]): string {
  let answer = '';
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    let found = path.length > 0;
    try {
      const describe = Object.getOwnPropertyDescriptor;
      let holder: unknown = window;
      for (let step = 0; step < path.length && found; step++) {
        const isObject = (typeof holder === 'object' && holder !== null) || typeof holder === 'function';
        const descriptor = isObject ? describe(holder, path[step]!) : undefined;
        // A data descriptor always has its own `value`; an accessor has `get` and `set` instead.
        if (descriptor === undefined || 'get' in descriptor || 'set' in descriptor) found = false;
        else holder = descriptor.value;
      }
      if (holder === undefined || holder === null) found = false;
    } catch {
      found = false;
    }
    answer += found ? '1' : '0';
  }
  return answer;
}

/** The names among `names` whose flag in the probe's answer is '1'; [] for an answer that is not one. */
export function namesFound(names: readonly string[], answer: unknown): string[] {
  if (typeof answer !== 'string' || answer.length !== names.length) return [];
  return names.filter((_name, index) => answer[index] === '1');
}
