// Stepstone's JavaScript prelude: runs first, inside the sandbox, before any
// student code. It gives the program a node-like `console`, `process.exit`,
// `readInput()`, and the exercise test harness (`test`, `expect`).
//
// It captures the runner's private natives and deletes them from the global
// object, so student code can neither write raw records to the host nor forge
// a test result. What it leaves out: timers (setTimeout) and modules
// (require/import), which the exercises do not use.
(function () {
  "use strict";
  const g = globalThis;
  const write = g.__stepstone_write;
  const report = g.__stepstone_report;
  const exit = g.__stepstone_exit;
  const readInputNative = g.__stepstone_read_input;
  delete g.__stepstone_write;
  delete g.__stepstone_report;
  delete g.__stepstone_exit;
  delete g.__stepstone_read_input;

  // Intrinsics captured now, so a student who overwrites them later cannot
  // change how results are reported.
  const stringify = JSON.stringify;
  const ObjectKeys = Object.keys;
  const isArray = Array.isArray;
  const StringC = String;
  const ErrorC = Error;
  const PromiseResolve = Promise.resolve.bind(Promise);
  const defineProperty = Object.defineProperty;
  const freeze = Object.freeze;
  const getPrototypeOf = Object.getPrototypeOf;
  const ObjectIs = Object.is;
  const send = (record) => report(stringify(record));

  // ---- formatting, close to what node prints ------------------------------
  function quote(s) {
    return "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n") + "'";
  }
  function inspect(v, depth, seen) {
    if (v === null) return "null";
    const t = typeof v;
    if (t === "undefined") return "undefined";
    if (t === "string") return depth === 0 ? v : quote(v);
    if (t === "number") return ObjectIs(v, -0) ? "-0" : StringC(v);
    if (t === "bigint") return StringC(v) + "n";
    if (t === "boolean" || t === "symbol") return StringC(v);
    if (t === "function") return v.name ? "[Function: " + v.name + "]" : "[Function (anonymous)]";
    if (v instanceof ErrorC) {
      return depth === 0 && v.stack ? v.name + ": " + v.message + "\n" + cleanStack(v.stack) : "[" + v.name + ": " + v.message + "]";
    }
    if (seen.indexOf(v) >= 0) return "[Circular]";
    if (depth > 3) return isArray(v) ? "[Array]" : "[Object]";
    seen = seen.concat([v]);
    if (isArray(v)) {
      if (v.length === 0) return "[]";
      const parts = [];
      for (let i = 0; i < v.length && i < 100; i++) parts.push(inspect(v[i], depth + 1, seen));
      if (v.length > 100) parts.push("... " + (v.length - 100) + " more items");
      return "[ " + parts.join(", ") + " ]";
    }
    if (v instanceof Map) {
      const parts = [];
      v.forEach((val, key) => parts.push(inspect(key, depth + 1, seen) + " => " + inspect(val, depth + 1, seen)));
      return "Map(" + v.size + ") {" + (parts.length ? " " + parts.join(", ") + " " : "") + "}";
    }
    if (v instanceof Set) {
      const parts = [];
      v.forEach((val) => parts.push(inspect(val, depth + 1, seen)));
      return "Set(" + v.size + ") {" + (parts.length ? " " + parts.join(", ") + " " : "") + "}";
    }
    if (v instanceof Date) return isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
    if (v instanceof RegExp) return StringC(v);
    if (v instanceof Promise) return "Promise { <pending> }";
    const keys = ObjectKeys(v);
    const proto = getPrototypeOf(v);
    const ctor = proto && proto.constructor && proto.constructor.name;
    const prefix = proto === null ? "[Object: null prototype] " : ctor && ctor !== "Object" ? ctor + " " : "";
    if (keys.length === 0) return prefix + "{}";
    const parts = keys.map((k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k)) + ": " + inspect(v[k], depth + 1, seen));
    return prefix + "{ " + parts.join(", ") + " }";
  }
  function format(args) {
    return args.map((a) => inspect(a, 0, [])).join(" ");
  }
  // Frames from the prelude itself are noise to a learner.
  function cleanStack(stack) {
    return StringC(stack)
      .split("\n")
      .filter((l) => l.trim() !== "" && l.indexOf("<stepstone>") < 0)
      .join("\n");
  }
  // The first "file:line:col" in a stack that points into the student's code.
  function locate(err) {
    const stack = err && typeof err === "object" && typeof err.stack === "string" ? err.stack : "";
    const re = /([^\s()]+):(\d+):(\d+)/g;
    let m;
    while ((m = re.exec(stack)) !== null) {
      if (m[1] !== "<stepstone>" && m[1] !== "native") {
        return { file: m[1], line: +m[2], column: +m[3] };
      }
    }
    return { file: null, line: null, column: null };
  }

  // ---- console and process ---------------------------------------------
  let current = null; // the test now running, whose output is captured
  function out(fd, text) {
    if (current !== null) current.output += text;
    else write(fd, text);
  }
  const console = {
    log: (...a) => out(1, format(a) + "\n"),
    info: (...a) => out(1, format(a) + "\n"),
    debug: (...a) => out(1, format(a) + "\n"),
    warn: (...a) => out(2, format(a) + "\n"),
    error: (...a) => out(2, format(a) + "\n"),
  };
  defineProperty(g, "console", { value: freeze(console), writable: false, configurable: false });
  const process = {
    exit: (code) => exit(code === undefined ? 0 : code | 0),
    argv: freeze(["stepstone", "main.js"]),
    env: freeze({}),
    stdout: freeze({ write: (s) => (out(1, StringC(s)), true) }),
    stderr: freeze({ write: (s) => (out(2, StringC(s)), true) }),
  };
  defineProperty(g, "process", { value: freeze(process), writable: false, configurable: false });
  defineProperty(g, "readInput", { value: () => readInputNative(), writable: false, configurable: false });

  // ---- the test harness ---------------------------------------------------
  const tests = [];
  class AssertionError extends ErrorC {}
  function fail(matcher, expected, actual, negated, text) {
    const e = new AssertionError(text);
    e.name = "AssertionError";
    e.matcher = matcher;
    e.expectedText = expected === undefined && matcher.indexOf("Be") < 0 ? undefined : inspect(expected, 1, []);
    e.actualText = inspect(actual, 1, []);
    e.negated = negated;
    throw e;
  }
  function deepEqual(a, b) {
    if (ObjectIs(a, b)) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (isArray(a) !== isArray(b)) return false;
    if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
    const ka = ObjectKeys(a), kb = ObjectKeys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  function matchers(actual, negated) {
    const show = (v) => inspect(v, 1, []);
    const check = (ok, matcher, expected, positive, negative) => {
      if (ok === negated) fail(matcher, expected, actual, negated, negated ? negative : positive);
    };
    return {
      toBe: (e) => check(ObjectIs(actual, e), "toBe", e,
        "Expected " + show(e) + ", but got " + show(actual) + ".",
        "Expected anything except " + show(e) + ", but got exactly that."),
      toEqual: (e) => check(deepEqual(actual, e), "toEqual", e,
        "Expected a value equal to " + show(e) + ", but got " + show(actual) + ".",
        "Expected a value different from " + show(e) + "."),
      toBeTruthy: () => check(!!actual, "toBeTruthy", undefined,
        "Expected a truthy value, but got " + show(actual) + ".",
        "Expected a falsy value, but got " + show(actual) + "."),
      toBeFalsy: () => check(!actual, "toBeFalsy", undefined,
        "Expected a falsy value, but got " + show(actual) + ".",
        "Expected a truthy value, but got " + show(actual) + "."),
      toBeNull: () => check(actual === null, "toBeNull", null,
        "Expected null, but got " + show(actual) + ".", "Expected something other than null."),
      toBeUndefined: () => check(actual === undefined, "toBeUndefined", undefined,
        "Expected undefined, but got " + show(actual) + ".", "Expected a value, but got undefined."),
      toBeDefined: () => check(actual !== undefined, "toBeDefined", undefined,
        "Expected a value, but got undefined.", "Expected undefined, but got " + show(actual) + "."),
      toBeGreaterThan: (n) => check(actual > n, "toBeGreaterThan", n,
        "Expected a number greater than " + show(n) + ", but got " + show(actual) + ".",
        "Expected a number not greater than " + show(n) + ", but got " + show(actual) + "."),
      toBeLessThan: (n) => check(actual < n, "toBeLessThan", n,
        "Expected a number less than " + show(n) + ", but got " + show(actual) + ".",
        "Expected a number not less than " + show(n) + ", but got " + show(actual) + "."),
      toBeCloseTo: (n, digits) => {
        const d = digits === undefined ? 2 : digits;
        check(Math.abs(actual - n) < Math.pow(10, -d) / 2, "toBeCloseTo", n,
          "Expected a number close to " + show(n) + ", but got " + show(actual) + ".",
          "Expected a number not close to " + show(n) + ".");
      },
      toContain: (item) => check(actual != null && typeof actual.indexOf === "function" && actual.indexOf(item) >= 0, "toContain", item,
        "Expected " + show(actual) + " to contain " + show(item) + ".",
        "Expected " + show(actual) + " not to contain " + show(item) + "."),
      toHaveLength: (n) => check(actual != null && actual.length === n, "toHaveLength", n,
        "Expected a length of " + show(n) + ", but the length was " + show(actual == null ? actual : actual.length) + ".",
        "Expected a length other than " + show(n) + "."),
      toThrow: (what) => {
        let threw = false, error;
        try { actual(); } catch (e) { threw = true; error = e; }
        const msgOk = what === undefined || (error && StringC(error.message).indexOf(what) >= 0);
        check(threw && msgOk, "toThrow", what,
          threw ? "Expected an error mentioning " + show(what) + ", but the error was: " + (error && error.message) + "."
                : "Expected the function to throw an error, but it did not.",
          "Expected the function not to throw, but it threw: " + (error && error.message) + ".");
      },
    };
  }
  function expect(actual) {
    const m = matchers(actual, false);
    m.not = matchers(actual, true);
    return freeze(m);
  }
  function test(name, fn) {
    tests.push({ name: StringC(name), fn });
  }
  defineProperty(g, "test", { value: test, writable: false, configurable: false });
  defineProperty(g, "it", { value: test, writable: false, configurable: false });
  defineProperty(g, "expect", { value: expect, writable: false, configurable: false });

  function resultOf(t, error) {
    const r = { kind: "test", name: t.name, status: "pass", message: null, expected: null, actual: null, output: t.output };
    if (error !== undefined) {
      if (error instanceof AssertionError) {
        r.status = "fail";
        r.message = error.message;
        r.expected = error.expectedText === undefined ? null : error.expectedText;
        r.actual = error.actualText;
      } else {
        r.status = "error";
        const where = locate(error);
        r.message = (error && error.name ? error.name + ": " + error.message : "Uncaught " + inspect(error, 1, [])) +
          (where.line ? " (" + where.file + " line " + where.line + ")" : "");
      }
    }
    return r;
  }

  async function runTests() {
    for (const t of tests) {
      t.output = "";
      send({ kind: "start", name: t.name });
      current = t;
      let error;
      try {
        const r = t.fn();
        if (r && typeof r.then === "function") await r;
      } catch (e) {
        error = e === undefined ? new ErrorC("undefined was thrown") : e;
      }
      current = null;
      send(resultOf(t, error));
    }
  }

  function describeError(kind, err) {
    const where = locate(err);
    const isErr = err instanceof ErrorC;
    const name = isErr ? err.name : "Uncaught";
    const message = isErr ? err.message : inspect(err, 1, []);
    send({ kind, name, message: StringC(message), file: where.file, line: where.line, column: where.column });
    let text = (where.line ? where.file + ":" + where.line + ":" + where.column + "\n" : "") +
      (kind === "syntax" ? "SyntaxError: " + message : "Uncaught " + name + ": " + message);
    const stack = isErr && err.stack ? cleanStack(err.stack) : "";
    if (stack && kind !== "syntax") text += "\n" + stack;
    write(2, text + "\n");
  }

  return {
    uncaught: (err) => describeError("uncaught", err),
    syntax: (err) => describeError("syntax", err),
    finish: () => (tests.length ? runTests() : PromiseResolve()),
  };
})()
