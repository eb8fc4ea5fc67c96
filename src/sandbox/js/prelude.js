// Stepstone's JavaScript prelude: the test harness and the node-like
// console, run by `runner.c` in a realm of its own before any learner code.
//
// Why a realm of its own: learner code can rewrite any intrinsic of the
// realm it runs in (Object.prototype.toJSON, JSON.stringify, Array.prototype
// .push, Promise.prototype.then, ...). The harness lives in another realm,
// captures the runner's natives, deletes them, and freezes every object of
// its realm that learner code could reach (it can reach some: `console.log`
// is a harness function). Records to the host are built from null-prototype
// objects of this realm and serialised by this realm's frozen JSON.
//
// A verdict therefore depends only on what the learner's functions return
// or throw when the exercise's tests call them: a test passes only when its
// function returned (or its promise fulfilled, observed through the learner
// realm's *original* `then`) and no `expect` failed during it, even if the
// failure was caught by learner code. The host separately knows which tests
// exist ("list" mode registers them and runs none) and refuses a run in
// which any test is missing, repeated or unknown.
//
// Pages, servers, timers and fetch are the web harness's (`web/harness.js`),
// for web exercises only. What it leaves out: timers for plain JavaScript
// exercises, and ES modules.
(function () {
  "use strict";
  const H = globalThis;
  const write = H.__stepstone_write;
  const report = H.__stepstone_report;
  const exit = H.__stepstone_exit;
  const readInputNative = H.__stepstone_read_input;
  const isPromise = H.__stepstone_is_promise;
  delete H.__stepstone_is_promise;
  delete H.__stepstone_write;
  delete H.__stepstone_report;
  delete H.__stepstone_exit;
  delete H.__stepstone_read_input;

  // This realm's intrinsics. They are frozen below, so they stay as they
  // are; capturing them also keeps the code short.
  const stringify = JSON.stringify;
  const ObjectKeys = Object.keys;
  const ownKeys = Reflect.ownKeys;
  const apply = Reflect.apply;
  const getOwn = Object.getOwnPropertyDescriptor;
  const isArray = Array.isArray;
  const StringC = String;
  const ErrorC = Error;
  const defineProperty = Object.defineProperty;
  const freeze = Object.freeze;
  const create = Object.create;
  const getPrototypeOf = Object.getPrototypeOf;
  const ObjectIs = Object.is;
  const abs = Math.abs;
  const pow = Math.pow;
  const ArrayIndexOf = Array.prototype.indexOf;
  const StringIndexOf = String.prototype.indexOf;
  const StringSlice = String.prototype.slice;
  const PromiseC = Promise;
  // Sets and Maps are compared by what they hold, through this realm's
  // natives (they work on the learner realm's Sets and Maps by internal
  // slot, whatever the learner did to its Set.prototype).
  const SetSize = getOwn(Set.prototype, "size").get;
  const SetValues = Set.prototype.values;
  const SetHas = Set.prototype.has;
  const SetIterNext = getPrototypeOf(new Set().values()).next;
  const MapSize = getOwn(Map.prototype, "size").get;
  const MapEntries = Map.prototype.entries;
  const MapHas = Map.prototype.has;
  const MapGet = Map.prototype.get;
  const MapIterNext = getPrototypeOf(new Map().entries()).next;

  /** Caps on what one run may register and print per test. */
  const MAX_TESTS = 200;
  const MAX_TEST_OUTPUT = 2000;

  /** A record for the host: null prototype, so nothing is inherited. */
  function record(kind) {
    const r = create(null);
    r.kind = kind;
    return r;
  }
  const send = (r) => report(stringify(r));

  /** Text of any value, never throwing: learner getters and proxies may. */
  function safeText(f, fallback) {
    try {
      const s = f();
      return typeof s === "string" ? s : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function deepFreeze(roots) {
    const seen = new Set();
    const stack = roots.slice();
    while (stack.length > 0) {
      const o = stack.pop();
      if (o === null || (typeof o !== "object" && typeof o !== "function") || seen.has(o)) continue;
      seen.add(o);
      freeze(o);
      stack.push(getPrototypeOf(o));
      const keys = ownKeys(o);
      for (let i = 0; i < keys.length; i++) {
        const d = getOwn(o, keys[i]);
        if (d === undefined) continue;
        if ("value" in d) stack.push(d.value);
        else {
          stack.push(d.get);
          stack.push(d.set);
        }
      }
    }
  }

  /** Everything of this realm that learner code could reach, including
   *  the intrinsics that no global names. */
  function hardenRealm(extra) {
    const hidden = [];
    const tryPush = (f) => {
      try {
        hidden.push(f());
      } catch (e) {
        // An intrinsic this engine lacks: nothing to freeze.
      }
    };
    tryPush(() => getPrototypeOf([][Symbol.iterator]()));
    tryPush(() => getPrototypeOf(new Map()[Symbol.iterator]()));
    tryPush(() => getPrototypeOf(new Set()[Symbol.iterator]()));
    tryPush(() => getPrototypeOf(""[Symbol.iterator]()));
    tryPush(() => getPrototypeOf(/a/[Symbol.matchAll]("a")));
    tryPush(() => getPrototypeOf(function* () {}));
    tryPush(() => getPrototypeOf(async function () {}));
    tryPush(() => getPrototypeOf(async function* () {}));
    tryPush(() => getPrototypeOf(Int8Array));
    tryPush(() => getPrototypeOf([].values().map((x) => x)));
    tryPush(() => getOwn(function () {}.__proto__, "caller").get);
    tryPush(() => (function () { return arguments; })());
    deepFreeze([H].concat(hidden, extra));
  }

  return function setup(L, mode) {
    // The web harness (`web/harness.js`), evaluated after this script for
    // exercises with a page or a server, left its factory here.
    const webFactory = H.__stepstone_web;
    delete H.__stepstone_web;
    const listOnly = mode === "list";
    // "only N": this instance runs the Nth test alone (each test gets a
    // fresh realm, so no state carries from one test to the next: a
    // function that counts its calls cannot replay answers in order). It
    // declares every registered test first, so the host can refuse a run
    // whose list is not exactly the tests file's.
    const only = typeof mode === "string" && mode.length > 5 && (mode[0] === "o" || mode[0] === "s") ? +apply(StringSlice, mode, [5]) : -1;
    // "seal N" (a test-first run): the learner wrote the tests, and the code
    // they test is ours. No function's source can be read from either
    // realm, so their tests can tell the correct code from a planted bug
    // only by what it does.
    if (typeof mode === "string" && mode[0] === "s") {
      const hidden = function toString() {
        return "function () { [code hidden] }";
      };
      for (const F of [L.Function, Function]) {
        defineProperty(F.prototype, "toString", { value: hidden, writable: false, enumerable: false, configurable: false });
      }
      freeze(hidden);
      // Nor can a stack trace tell them apart by line numbers (a planted
      // bug's file may be laid out differently): errors carry no stack.
      // In both realms: learner code can reach this realm's constructors
      // (`console.log.constructor`).
      const zero = () => 0;
      const none = () => undefined;
      const ignore = () => {};
      for (const E of [L.Error, Error]) {
        E.stackTraceLimit = 0;
        E.prepareStackTrace = undefined;
        defineProperty(E, "stackTraceLimit", { get: zero, set: ignore, configurable: false });
        defineProperty(E, "prepareStackTrace", { get: none, set: ignore, configurable: false });
        defineProperty(E, "captureStackTrace", { value: ignore, writable: false, configurable: false });
      }
      freeze(zero);
      freeze(none);
      freeze(ignore);
    }
    // The learner realm's own intrinsics, captured before learner code runs:
    // used only to recognise its values, never trusted for a verdict.
    const LError = L.Error;
    const LErrorProto = LError.prototype;
    const LPromiseThen = L.Promise.prototype.then;
    const LMap = L.Map, LSet = L.Set, LDate = L.Date, LRegExp = L.RegExp, LPromise = L.Promise;

    /** instanceof without Symbol.hasInstance, across both realms. */
    function inherits(v, proto) {
      let p = v;
      for (let i = 0; i < 1000; i++) {
        p = getPrototypeOf(p);
        if (p === null) return false;
        if (p === proto) return true;
      }
      return false;
    }
    // Errors of the web harness's other realms (page, server) count too;
    // their prototypes are added before any learner code runs there.
    const errorProtos = [LErrorProto, ErrorC.prototype];
    const isError = (v) => {
      if (v === null || typeof v !== "object") return false;
      for (let i = 0; i < errorProtos.length; i++) if (inherits(v, errorProtos[i])) return true;
      return false;
    };
    const isA = (v, LC, HC) => inherits(v, LC.prototype) || inherits(v, HC.prototype);

    // ---- formatting, close to what node prints ----------------------------
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
      if (t === "boolean") return StringC(v);
      if (t === "symbol") return safeText(() => v.toString(), "Symbol()");
      if (t === "function") {
        const name = safeText(() => v.name, "");
        return name ? "[Function: " + name + "]" : "[Function (anonymous)]";
      }
      if (isError(v)) {
        const name = safeText(() => StringC(v.name), "Error");
        const message = safeText(() => StringC(v.message), "");
        const stack = safeText(() => v.stack, "");
        return depth === 0 && stack ? name + ": " + message + "\n" + cleanStack(stack) : "[" + name + ": " + message + "]";
      }
      if (seen.indexOf(v) >= 0) return "[Circular]";
      if (depth > 3) return isArray(v) ? "[Array]" : "[Object]";
      seen = seen.concat([v]);
      if (isArray(v)) {
        const n = v.length;
        if (n === 0) return "[]";
        const parts = [];
        for (let i = 0; i < n && i < 100; i++) parts.push(inspect(v[i], depth + 1, seen));
        if (n > 100) parts.push("... " + (n - 100) + " more items");
        return "[ " + parts.join(", ") + " ]";
      }
      if (isA(v, LMap, Map)) {
        const parts = [];
        apply(Map.prototype.forEach, v, [(val, key) => parts.push(inspect(key, depth + 1, seen) + " => " + inspect(val, depth + 1, seen))]);
        return "Map(" + parts.length + ") {" + (parts.length ? " " + parts.join(", ") + " " : "") + "}";
      }
      if (isA(v, LSet, Set)) {
        const parts = [];
        apply(Set.prototype.forEach, v, [(val) => parts.push(inspect(val, depth + 1, seen))]);
        return "Set(" + parts.length + ") {" + (parts.length ? " " + parts.join(", ") + " " : "") + "}";
      }
      if (isA(v, LDate, Date)) {
        const ms = apply(Date.prototype.getTime, v, []);
        return ms !== ms ? "Invalid Date" : apply(Date.prototype.toISOString, v, []);
      }
      if (isA(v, LRegExp, RegExp)) return apply(RegExp.prototype.toString, v, []);
      if (isA(v, LPromise, PromiseC)) return "Promise { <pending> }";
      const keys = ObjectKeys(v);
      const proto = getPrototypeOf(v);
      const ctor = proto && safeText(() => proto.constructor.name, "");
      const prefix = proto === null ? "[Object: null prototype] " : ctor && ctor !== "Object" ? ctor + " " : "";
      if (keys.length === 0) return prefix + "{}";
      const parts = [];
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        parts.push((/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k)) + ": " + inspect(v[k], depth + 1, seen));
      }
      return prefix + "{ " + parts.join(", ") + " }";
    }
    /** inspect() that never throws (learner getters and proxies may). */
    const show = (v, depth) => safeText(() => inspect(v, depth, []), "<a value that could not be shown>");
    function format(args) {
      const parts = [];
      for (let i = 0; i < args.length; i++) parts.push(show(args[i], 0));
      return parts.join(" ");
    }
    // Frames from the prelude itself are noise to a learner.
    function cleanStack(stack) {
      const lines = StringC(stack).split("\n");
      const kept = [];
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() !== "" && lines[i].indexOf("<stepstone>") < 0) kept.push(lines[i]);
      }
      return kept.join("\n");
    }
    // The first "file:line:col" in a stack that points into the student's code.
    function locate(err) {
      const stack = isError(err) ? safeText(() => err.stack, "") : "";
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
      if (current !== null) {
        if (current.output.length < MAX_TEST_OUTPUT) current.output = (current.output + text).slice(0, MAX_TEST_OUTPUT);
      } else write(fd, text);
    }
    const console = {
      log: (...a) => out(1, format(a) + "\n"),
      info: (...a) => out(1, format(a) + "\n"),
      debug: (...a) => out(1, format(a) + "\n"),
      warn: (...a) => out(2, format(a) + "\n"),
      error: (...a) => out(2, format(a) + "\n"),
    };
    const process = {
      exit: (code) => exit(code === undefined ? 0 : code | 0),
      argv: ["stepstone", "main.js"],
      env: {},
      stdout: { write: (s) => (out(1, safeText(() => StringC(s), "")), true) },
      stderr: { write: (s) => (out(2, safeText(() => StringC(s), "")), true) },
    };
    const readInput = () => readInputNative();

    // ---- the test harness ---------------------------------------------------
    const tests = [];
    class AssertionError extends ErrorC {}
    defineProperty(AssertionError.prototype, "name", { value: "AssertionError" });
    /** Fails the running test for good, even if learner code catches the
     *  error thrown here (a test may hand a callback to learner code). */
    function fail(matcher, expected, actual, text) {
      const e = new AssertionError(text);
      const f = create(null);
      f.message = text;
      f.expected = expected === undefined && matcher.indexOf("Be") < 0 ? null : show(expected, 1);
      f.actual = show(actual, 1);
      if (current !== null && current.failure === null) current.failure = f;
      throw e;
    }
    /** A failure with only a message (the web helpers' "nothing matches"). */
    function failPlain(text) {
      const e = new AssertionError(text);
      const f = create(null);
      f.message = text;
      f.expected = null;
      f.actual = null;
      if (current !== null && current.failure === null) current.failure = f;
      throw e;
    }
    /** The size of a Set or Map by its internal slot, or -1 for anything else. */
    function sizeBy(getter, v) {
      try {
        return apply(getter, v, []);
      } catch (e) {
        return -1;
      }
    }
    function deepEqual(a, b) {
      if (ObjectIs(a, b)) return true;
      if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
      if (isArray(a) !== isArray(b)) return false;
      if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
      const setA = sizeBy(SetSize, a), setB = sizeBy(SetSize, b);
      if (setA >= 0 || setB >= 0) {
        if (setA !== setB) return false;
        const it = apply(SetValues, a, []);
        for (let r = apply(SetIterNext, it, []); !r.done; r = apply(SetIterNext, it, [])) {
          if (!apply(SetHas, b, [r.value])) return false;
        }
        return true;
      }
      const mapA = sizeBy(MapSize, a), mapB = sizeBy(MapSize, b);
      if (mapA >= 0 || mapB >= 0) {
        if (mapA !== mapB) return false;
        const it = apply(MapEntries, a, []);
        for (let r = apply(MapIterNext, it, []); !r.done; r = apply(MapIterNext, it, [])) {
          const k = r.value[0];
          if (!apply(MapHas, b, [k]) || !deepEqual(r.value[1], apply(MapGet, b, [k]))) return false;
        }
        return true;
      }
      const ka = ObjectKeys(a), kb = ObjectKeys(b);
      if (ka.length !== kb.length) return false;
      for (let i = 0; i < ka.length; i++) {
        if (apply(ArrayIndexOf, kb, [ka[i]]) < 0) return false;
        if (!deepEqual(a[ka[i]], b[ka[i]])) return false;
      }
      return true;
    }
    const isNumber = (v) => typeof v === "number" || typeof v === "bigint";
    function contains(actual, item) {
      if (typeof actual === "string") return typeof item === "string" && apply(StringIndexOf, actual, [item]) >= 0;
      if (isArray(actual)) {
        const n = actual.length;
        for (let i = 0; i < n; i++) if (ObjectIs(actual[i], item) || (actual[i] === item)) return true;
      }
      return false;
    }
    function matchers(actual, negated) {
      const check = (ok, matcher, expected, positive, negative) => {
        if (ok === negated) fail(matcher, expected, actual, negated ? negative : positive);
      };
      const s = (v) => show(v, 1);
      return freeze({
        toBe: (e) => check(ObjectIs(actual, e), "toBe", e,
          "Expected " + s(e) + ", but got " + s(actual) + ".",
          "Expected anything except " + s(e) + ", but got exactly that."),
        toEqual: (e) => check(deepEqual(actual, e), "toEqual", e,
          "Expected a value equal to " + s(e) + ", but got " + s(actual) + ".",
          "Expected a value different from " + s(e) + "."),
        toBeTruthy: () => check(!!actual, "toBeTruthy", undefined,
          "Expected a truthy value, but got " + s(actual) + ".",
          "Expected a falsy value, but got " + s(actual) + "."),
        toBeFalsy: () => check(!actual, "toBeFalsy", undefined,
          "Expected a falsy value, but got " + s(actual) + ".",
          "Expected a truthy value, but got " + s(actual) + "."),
        toBeNull: () => check(actual === null, "toBeNull", null,
          "Expected null, but got " + s(actual) + ".", "Expected something other than null."),
        toBeUndefined: () => check(actual === undefined, "toBeUndefined", undefined,
          "Expected undefined, but got " + s(actual) + ".", "Expected a value, but got undefined."),
        toBeDefined: () => check(actual !== undefined, "toBeDefined", undefined,
          "Expected a value, but got undefined.", "Expected undefined, but got " + s(actual) + "."),
        toBeGreaterThan: (n) => check(isNumber(actual) && actual > n, "toBeGreaterThan", n,
          "Expected a number greater than " + s(n) + ", but got " + s(actual) + ".",
          "Expected a number not greater than " + s(n) + ", but got " + s(actual) + "."),
        toBeLessThan: (n) => check(isNumber(actual) && actual < n, "toBeLessThan", n,
          "Expected a number less than " + s(n) + ", but got " + s(actual) + ".",
          "Expected a number not less than " + s(n) + ", but got " + s(actual) + "."),
        toBeCloseTo: (n, digits) => {
          const d = digits === undefined ? 2 : digits;
          check(typeof actual === "number" && abs(actual - n) < pow(10, -d) / 2, "toBeCloseTo", n,
            "Expected a number close to " + s(n) + ", but got " + s(actual) + ".",
            "Expected a number not close to " + s(n) + ".");
        },
        toContain: (item) => check(contains(actual, item), "toContain", item,
          "Expected " + s(actual) + " to contain " + s(item) + ".",
          "Expected " + s(actual) + " not to contain " + s(item) + "."),
        toHaveLength: (n) => {
          const len = typeof actual === "string" || isArray(actual) ? actual.length : undefined;
          check(len === n, "toHaveLength", n,
            "Expected a length of " + s(n) + ", but the length was " + s(len) + ".",
            "Expected a length other than " + s(n) + ".");
        },
        toThrow: (what) => {
          let threw = false, error;
          try { actual(); } catch (e) { threw = true; error = e; }
          const message = threw ? safeText(() => StringC(error && error.message), "") : "";
          const msgOk = what === undefined || (typeof what === "string" && apply(StringIndexOf, message, [what]) >= 0);
          check(threw && msgOk, "toThrow", what,
            threw ? "Expected an error mentioning " + s(what) + ", but the error was: " + message + "."
                  : "Expected the function to throw an error, but it did not.",
            "Expected the function not to throw, but it threw: " + message + ".");
        },
      });
    }
    function expect(actual) {
      const m = matchers(actual, false);
      return freeze({ __proto__: m, not: matchers(actual, true) });
    }
    function test(name, fn) {
      if (tests.length >= MAX_TESTS) throw new ErrorC("too many tests (at most " + MAX_TESTS + ")");
      const t = create(null);
      t.name = safeText(() => StringC(name), "");
      t.fn = fn;
      tests.push(t);
    }

    // A test the web harness finds waiting on something that can never
    // happen (a request no route answers) is failed rather than left hanging.
    let stallReject = null;
    function raceStall(p) {
      return new PromiseC((resolve, reject) => {
        stallReject = reject;
        apply(PromiseC.prototype.then, PromiseC.resolve(p), [resolve, reject]);
      });
    }
    function stall(message) {
      if (current !== null && current.failure === null) {
        const f = create(null);
        f.message = message;
        f.expected = null;
        f.actual = null;
        current.failure = f;
      }
      const r = stallReject;
      stallReject = null;
      if (r !== null) r(new AssertionError(message));
    }

    function resultOf(t, error, threw) {
      const r = record("test");
      r.name = t.name;
      r.status = "pass";
      r.message = null;
      r.expected = null;
      r.actual = null;
      r.output = t.output;
      if (t.failure !== null) {
        r.status = "fail";
        r.message = t.failure.message;
        r.expected = t.failure.expected;
        r.actual = t.failure.actual;
      } else if (threw) {
        r.status = "error";
        const where = locate(error);
        const text = isError(error)
          ? safeText(() => StringC(error.name) + ": " + StringC(error.message), "Error")
          : "Uncaught " + show(error, 1);
        r.message = text + (where.line ? " (" + where.file + " line " + where.line + ")" : "");
      }
      return r;
    }

    /** Settles when `r`, the promise an async test returned, does. The
     *  brand check is native (it runs no learner code), and `then` is the
     *  learner realm's original: a learner who replaces `then` or makes
     *  `constructor` throw gets an error, never an early pass. */
    function settle(r) {
      return new PromiseC((resolve, reject) => {
        apply(LPromiseThen, r, [() => resolve(), reject]);
      });
    }

    async function runTests() {
      if (only >= 0) listTests();
      const n = tests.length;
      for (let i = 0; i < n; i++) {
        if (only >= 0 && i !== only) continue;
        const t = tests[i];
        t.output = "";
        t.failure = null;
        const start = record("start");
        start.name = t.name;
        send(start);
        current = t;
        let error, threw = false;
        try {
          if (W !== null) await raceStall(W.beforeTest());
          const r = apply(t.fn, undefined, []);
          if (isPromise(r)) await (W !== null ? raceStall(settle(r)) : settle(r));
          if (W !== null) W.afterTest();
        } catch (e) {
          threw = true;
          error = e;
        }
        current = null;
        send(resultOf(t, error, threw));
      }
    }

    function listTests() {
      for (let i = 0; i < tests.length; i++) {
        const r = record("declared");
        r.name = tests[i].name;
        send(r);
      }
    }

    function describeError(kind, err) {
      const where = locate(err);
      const errorLike = isError(err);
      const name = errorLike ? safeText(() => StringC(err.name), "Error") : "Uncaught";
      const message = errorLike ? safeText(() => StringC(err.message), "") : show(err, 1);
      const r = record(kind === "rejection" ? "uncaught" : kind);
      r.name = name;
      r.message = message;
      r.file = where.file;
      r.line = where.line;
      r.column = where.column;
      send(r);
      let text = (where.line ? where.file + ":" + where.line + ":" + where.column + "\n" : "") +
        (kind === "syntax" ? "SyntaxError: " + message
          : kind === "rejection" && !errorLike ? "Uncaught (in promise) " + message
          : "Uncaught " + name + ": " + message);
      const stack = errorLike ? cleanStack(safeText(() => err.stack, "")) : "";
      if (stack && kind !== "syntax") text += "\n" + stack;
      write(2, text + "\n");
    }

    // What the learner realm sees: frozen harness objects on non-writable,
    // non-configurable globals, so `let expect = ...` is a SyntaxError and
    // `expect = ...` changes nothing.
    const globals = { console, process, readInput, test, it: test, expect };
    const W = typeof webFactory !== "function" ? null : webFactory(freeze({
      L, fail: failPlain, show, safeText, isError, console, describeError,
      isPromiseLike: (v) => isPromise(v),
      running: () => current !== null,
      stall,
      report: (r) => send(r),
      addErrorRealm: (proto) => { if (errorProtos.length < 100) errorProtos.push(proto); },
    }));
    if (W !== null) {
      const webNames = ObjectKeys(W.globals);
      for (let i = 0; i < webNames.length; i++) globals[webNames[i]] = W.globals[webNames[i]];
    }
    const names = ObjectKeys(globals);
    for (let i = 0; i < names.length; i++) {
      defineProperty(L, names[i], { value: globals[names[i]], writable: false, enumerable: false, configurable: false });
    }
    hardenRealm([globals, AssertionError].concat(W !== null ? [W] : []));

    return freeze({
      uncaught: (err) => describeError("uncaught", err),
      syntax: (err) => describeError("syntax", err),
      rejection: (err) => describeError("rejection", err),
      finish: () => (listOnly ? listTests() : tests.length ? runTests() : W !== null ? W.run() : undefined),
      macrotask: () => (W !== null ? W.macrotask() : false),
    });
  };
})()
