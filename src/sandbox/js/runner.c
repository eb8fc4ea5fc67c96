/*
 * Stepstone's JavaScript runner: a WASI reactor around QuickJS-ng. The host
 * calls stepstone_run once per instance (see the end of this file). It may
 * first call stepstone_prepare in another instance, copy memory after it,
 * and start later instances from that copy: then the prelude and the web
 * harness are loaded already and their frames are left out.
 *
 * The host frames everything on stdin, because the sandbox grants no
 * arguments, no environment and no files:
 *
 *   SSJS1\n            (or "SSJS1 list\n": register the tests, run none;
 *                       or "SSJS1 only N\n": declare them all, run the Nth)
 *   <name-len> <source-len>\n<name><source>     (one per script, in order)
 *   END\n
 *   <the student's own stdin, read lazily by readInput()>
 *
 * Two realms share one runtime. The first script, the host's prelude, runs
 * in the *harness* context; every other script (the learner's files, then
 * the exercise's tests) runs in a separate *learner* context with its own
 * intrinsics. So a learner who rewrites `Object.prototype`, `JSON` or
 * `Array.prototype.push` changes their own realm, never the objects the
 * harness uses to judge and report; the prelude also freezes its realm
 * before any learner code runs.
 *
 * The prelude's completion value is a function setup(learnerGlobal, mode)
 * returning { uncaught(err), syntax(err), rejection(err), finish() }. The
 * runner calls uncaught() for every error that escapes a script or a job,
 * rejection() for every promise rejected with no handler once the job queue
 * is empty (node reports those, and so do we), and finish() at the end.
 * The prelude reaches the host only through natives on the harness realm's
 * global object, which it captures and deletes before any learner code runs:
 *   __stepstone_write(fd, text)  - console output through WASI fd 1 or 2
 *   __stepstone_report(json)     - a structured record to the host import
 *                                  stepstone.report, which student code
 *                                  therefore cannot forge.
 *   __stepstone_is_promise(v)    - a brand check that runs no JavaScript.
 * Exit status: 0 if every script ran without an uncaught error or unhandled
 * rejection, 1 otherwise, or whatever the program passed to exit().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "quickjs.h"

#ifndef STEPSTONE_JS_STACK
#define STEPSTONE_JS_STACK (1024 * 1024)
#endif

__attribute__((import_module("stepstone"), import_name("report")))
extern void host_report(const char *ptr, size_t len);

static int failed = 0;

static JSValue js_write(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    int fd = 1;
    size_t len;
    const char *s;
    if (argc < 2) return JS_UNDEFINED;
    if (JS_ToInt32(ctx, &fd, argv[0])) return JS_EXCEPTION;
    s = JS_ToCStringLen(ctx, &len, argv[1]);
    if (!s) return JS_EXCEPTION;
    FILE *f = fd == 2 ? stderr : stdout;
    fwrite(s, 1, len, f);
    fflush(f);
    JS_FreeCString(ctx, s);
    return JS_UNDEFINED;
}

static JSValue js_report(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    size_t len;
    const char *s;
    if (argc < 1) return JS_UNDEFINED;
    s = JS_ToCStringLen(ctx, &len, argv[0]);
    if (!s) return JS_EXCEPTION;
    host_report(s, len);
    JS_FreeCString(ctx, s);
    return JS_UNDEFINED;
}

static JSValue js_exit(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    int code = 0;
    if (argc > 0 && JS_ToInt32(ctx, &code, argv[0])) return JS_EXCEPTION;
    fflush(stdout);
    fflush(stderr);
    exit(code);
}

/* A promise brand check that runs no JavaScript (no getters, no traps). */
static JSValue js_is_promise(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    return JS_NewBool(ctx, argc > 0 && JS_IsPromise(argv[0]));
}

/* The rest of stdin after the frames, as one string. */
static JSValue js_read_input(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    static int done = 0;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    if (done) return JS_NewString(ctx, "");
    done = 1;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 4096;
            char *n = realloc(buf, cap);
            if (!n) { free(buf); return JS_ThrowOutOfMemory(ctx); }
            buf = n;
        }
        size_t r = fread(buf + len, 1, cap - len, stdin);
        if (r == 0) break;
        len += r;
    }
    JSValue v = JS_NewStringLen(ctx, buf ? buf : "", len);
    free(buf);
    return v;
}

static int read_exact(char *dst, size_t n)
{
    return fread(dst, 1, n, stdin) == n ? 0 : -1;
}

static int read_line(char *dst, size_t cap)
{
    size_t i = 0;
    int c;
    while ((c = fgetc(stdin)) != EOF) {
        if (c == '\n') { dst[i] = 0; return 0; }
        if (i + 1 >= cap) return -1;
        dst[i++] = (char)c;
    }
    return -1;
}

/* Calls hooks[hook](value); any error the hook itself throws is swallowed
 * (and said plainly), since the hook is what would have reported it. */
static void call_hook(JSContext *hctx, JSValueConst hooks, const char *hook, JSValueConst value)
{
    JSValue fn = JS_GetPropertyStr(hctx, hooks, hook);
    if (JS_IsFunction(hctx, fn)) {
        JSValue r = JS_Call(hctx, fn, JS_UNDEFINED, 1, &value);
        if (JS_IsException(r)) {
            JSValue e2 = JS_GetException(hctx);
            JS_FreeValue(hctx, e2);
            fputs("Uncaught error (and the error could not be shown)\n", stderr);
        }
        JS_FreeValue(hctx, r);
    } else {
        fputs("Uncaught error\n", stderr);
    }
    JS_FreeValue(hctx, fn);
}

static void report_error(JSContext *hctx, JSValueConst hooks, const char *hook)
{
    JSValue exc = JS_GetException(hctx);
    failed = 1;
    call_hook(hctx, hooks, hook, exc);
    JS_FreeValue(hctx, exc);
}

/* Promises rejected with no handler yet. QuickJS tells us when a handler is
 * attached later, so only those still unhandled once the job queue is empty
 * are reported, as node does at the end of a tick. */
#define MAX_REJECTIONS 256
static struct { JSValue promise, reason; } rejections[MAX_REJECTIONS];
static int rejection_count = 0;
static int rejections_dropped = 0;

static void track_rejection(JSContext *ctx, JSValueConst promise, JSValueConst reason, bool is_handled, void *opaque)
{
    (void)opaque;
    if (!is_handled) {
        if (rejection_count == MAX_REJECTIONS) { rejections_dropped = 1; return; }
        rejections[rejection_count].promise = JS_DupValue(ctx, promise);
        rejections[rejection_count].reason = JS_DupValue(ctx, reason);
        rejection_count++;
        return;
    }
    for (int i = 0; i < rejection_count; i++) {
        if (JS_IsSameValue(ctx, rejections[i].promise, promise)) {
            JS_FreeValue(ctx, rejections[i].promise);
            JS_FreeValue(ctx, rejections[i].reason);
            rejections[i] = rejections[--rejection_count];
            return;
        }
    }
}

static void drain_jobs(JSContext *hctx, JSValueConst hooks)
{
    JSContext *jctx;
    for (;;) {
        for (;;) {
            int r = JS_ExecutePendingJob(JS_GetRuntime(hctx), &jctx);
            if (r == 0) break;
            if (r < 0) report_error(hctx, hooks, "uncaught");
        }
        if (rejection_count == 0 && !rejections_dropped) return;
        /* Reporting may run code (a reason's getters) that queues more jobs
         * or rejections: take the list first, then go round again. */
        int n = rejection_count;
        JSValue reasons[MAX_REJECTIONS];
        for (int i = 0; i < n; i++) {
            reasons[i] = rejections[i].reason;
            JS_FreeValue(hctx, rejections[i].promise);
        }
        rejection_count = 0;
        failed = 1;
        if (rejections_dropped) {
            rejections_dropped = 0;
            fputs("Uncaught (in promise): too many rejected promises to show\n", stderr);
        }
        for (int i = 0; i < n; i++) {
            call_hook(hctx, hooks, "rejection", reasons[i]);
            JS_FreeValue(hctx, reasons[i]);
        }
    }
}

/* ---- web mode: more realms, created and fed by the web harness ---------- */
#define MAX_REALMS 64
static JSContext *realms[MAX_REALMS];
static int realm_count = 0;

static JSValue js_realm_new(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    if (realm_count == MAX_REALMS) return JS_ThrowRangeError(ctx, "too many page loads in one run (at most %d realms)", MAX_REALMS);
    JSContext *c = JS_NewContext(JS_GetRuntime(ctx));
    if (!c) return JS_ThrowOutOfMemory(ctx);
    realms[realm_count] = c;
    return JS_NewInt32(ctx, realm_count++);
}

static JSContext *realm_at(JSContext *ctx, JSValueConst v)
{
    int i;
    if (JS_ToInt32(ctx, &i, v) || i < 0 || i >= realm_count) return NULL;
    return realms[i];
}

static JSValue js_realm_global(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSContext *c = argc > 0 ? realm_at(ctx, argv[0]) : NULL;
    if (!c) return JS_ThrowRangeError(ctx, "no such realm");
    return JS_GetGlobalObject(c);
}

/* realm_eval(id, name, source): [true, completion value] or
 * [false, is_syntax_error, error]. Nothing is reported here: the harness
 * decides what a failure means (a learner's syntax error, a page error). */
static JSValue js_realm_eval(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSContext *c = argc > 2 ? realm_at(ctx, argv[0]) : NULL;
    size_t len;
    if (!c) return JS_ThrowRangeError(ctx, "no such realm");
    const char *name = JS_ToCString(ctx, argv[1]);
    if (!name) return JS_EXCEPTION;
    const char *src = JS_ToCStringLen(ctx, &len, argv[2]);
    if (!src) { JS_FreeCString(ctx, name); return JS_EXCEPTION; }
    JSValue out = JS_NewArray(ctx);
    JSValue f = JS_Eval(c, src, len, name, JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY);
    JS_FreeCString(ctx, src);
    JS_FreeCString(ctx, name);
    if (JS_IsException(f)) {
        JS_SetPropertyUint32(ctx, out, 0, JS_FALSE);
        JS_SetPropertyUint32(ctx, out, 1, JS_TRUE);
        JS_SetPropertyUint32(ctx, out, 2, JS_GetException(c));
        return out;
    }
    JSValue v = JS_EvalFunction(c, f);
    if (JS_IsException(v)) {
        JS_SetPropertyUint32(ctx, out, 0, JS_FALSE);
        JS_SetPropertyUint32(ctx, out, 1, JS_FALSE);
        JS_SetPropertyUint32(ctx, out, 2, JS_GetException(c));
        return out;
    }
    JS_SetPropertyUint32(ctx, out, 0, JS_TRUE);
    JS_SetPropertyUint32(ctx, out, 1, v);
    return out;
}

/* The DOM library's bytecode (frame "@<dom-bytecode>"), compiled by this
 * same runner in "SSJS1 compile" mode from Stepstone's own source. */
static const uint8_t *dom_bytecode = NULL;
static size_t dom_bytecode_len = 0;

/* realm_eval_dom(id): like realm_eval, for the DOM library's bytecode. */
static JSValue js_realm_eval_dom(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSContext *c = argc > 0 ? realm_at(ctx, argv[0]) : NULL;
    if (!c || !dom_bytecode) return JS_ThrowRangeError(ctx, "no such realm or no bytecode");
    JSValue out = JS_NewArray(ctx);
    JSValue f = JS_ReadObject(c, dom_bytecode, dom_bytecode_len, JS_READ_OBJ_BYTECODE);
    JSValue v = JS_IsException(f) ? f : JS_EvalFunction(c, f);
    if (JS_IsException(v)) {
        JS_SetPropertyUint32(ctx, out, 0, JS_FALSE);
        JS_SetPropertyUint32(ctx, out, 1, JS_FALSE);
        JS_SetPropertyUint32(ctx, out, 2, JS_GetException(c));
        return out;
    }
    JS_SetPropertyUint32(ctx, out, 0, JS_TRUE);
    JS_SetPropertyUint32(ctx, out, 1, v);
    return out;
}

/* A proxy check that runs no JavaScript (no traps). */
static JSValue js_is_proxy(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    return JS_NewBool(ctx, argc > 0 && JS_IsProxy(argv[0]));
}

/* web_sql.c: SQLite for learners' servers. */
void web_sql_install(JSContext *ctx, JSValueConst global);

/* State that outlives one call of stepstone_run: the runtime and the
 * harness realm, and, once stepstone_prepare has run, the prelude's setup
 * function (and the web harness with its frozen DOM realm). The host takes
 * a copy of linear memory right after stepstone_prepare returns and starts
 * every later instance from it, so no run pays for parsing the prelude or
 * building the DOM again. Nothing a learner wrote is ever in that copy:
 * preparing reads only Stepstone's own scripts. */
static JSRuntime *rt = NULL;
static JSContext *hctx = NULL;
static JSValue setup_fn;
static int prepared = 0; /* 0: not yet; 1: plain JS; 2: web */

struct script { char *name; char *src; size_t len; };

static int init_runtime(void)
{
    JSValue global;
    rt = JS_NewRuntime();
    if (!rt) return -1;
    /* QuickJS-ng turns its stack check off on WASI; the build re-enables it,
     * so deep recursion is a catchable RangeError instead of a wasm trap. */
    JS_UpdateStackTop(rt);
    JS_SetMaxStackSize(rt, STEPSTONE_JS_STACK);
    JS_SetHostPromiseRejectionTracker(rt, track_rejection, NULL);
    hctx = JS_NewContext(rt);
    if (!hctx) return -1;
    global = JS_GetGlobalObject(hctx);
    JS_SetPropertyStr(hctx, global, "__stepstone_write", JS_NewCFunction(hctx, js_write, "__stepstone_write", 2));
    JS_SetPropertyStr(hctx, global, "__stepstone_report", JS_NewCFunction(hctx, js_report, "__stepstone_report", 1));
    JS_SetPropertyStr(hctx, global, "__stepstone_exit", JS_NewCFunction(hctx, js_exit, "__stepstone_exit", 1));
    JS_SetPropertyStr(hctx, global, "__stepstone_is_promise", JS_NewCFunction(hctx, js_is_promise, "__stepstone_is_promise", 1));
    JS_SetPropertyStr(hctx, global, "__stepstone_read_input", JS_NewCFunction(hctx, js_read_input, "__stepstone_read_input", 0));
    JS_FreeValue(hctx, global);
    return 0;
}

/* Reads frames up to END; the number read, or -1 (said on stderr). */
static int read_frames(struct script *scripts, int max)
{
    char line[128];
    int count = 0;
    for (;;) {
        unsigned long name_len, src_len;
        if (read_line(line, sizeof line)) { fputs("stepstone-js: bad frame\n", stderr); return -1; }
        if (strcmp(line, "END") == 0) break;
        if (count == max || sscanf(line, "%lu %lu", &name_len, &src_len) != 2 || name_len > 4096) {
            fputs("stepstone-js: bad frame line\n", stderr);
            return -1;
        }
        char *name = malloc(name_len + 1);
        char *src = malloc(src_len + 1);
        if (!name || !src) { fputs("stepstone-js: out of memory reading source\n", stderr); return -1; }
        if (read_exact(name, name_len) || read_exact(src, src_len)) {
            fputs("stepstone-js: truncated frame\n", stderr);
            return -1;
        }
        name[name_len] = 0;
        src[src_len] = 0;
        scripts[count].name = name;
        scripts[count].src = src;
        scripts[count].len = src_len;
        count++;
    }
    return count;
}

static void say_exception(const char *what)
{
    JSValue e = JS_GetException(hctx);
    const char *s = JS_ToCString(hctx, e);
    fprintf(stderr, "stepstone-js: %s failed: %s\n", what, s ? s : "?");
}

/* Evaluates the prelude (and, for web runs, installs the web natives and
 * evaluates the web harness, which builds and freezes the DOM realm).
 * Leaves the prelude's setup function in setup_fn. */
static int load_harness(const struct script *scripts, int count, int web)
{
    JSValue setup = JS_Eval(hctx, scripts[0].src, scripts[0].len, scripts[0].name, JS_EVAL_TYPE_GLOBAL);
    if (JS_IsException(setup)) { say_exception("prelude"); return -1; }
    if (web) {
        JSValue g = JS_GetGlobalObject(hctx);
        for (int i = 2; i < count; i++) {
            if (strcmp(scripts[i].name, "@<dom-bytecode>") == 0) {
                dom_bytecode = (const uint8_t *)scripts[i].src;
                dom_bytecode_len = scripts[i].len;
                JS_SetPropertyStr(hctx, g, "__stepstone_realm_eval_dom", JS_NewCFunction(hctx, js_realm_eval_dom, "realm_eval_dom", 1));
            }
        }
        JS_SetPropertyStr(hctx, g, "__stepstone_realm_new", JS_NewCFunction(hctx, js_realm_new, "realm_new", 0));
        JS_SetPropertyStr(hctx, g, "__stepstone_realm_global", JS_NewCFunction(hctx, js_realm_global, "realm_global", 1));
        JS_SetPropertyStr(hctx, g, "__stepstone_realm_eval", JS_NewCFunction(hctx, js_realm_eval, "realm_eval", 3));
        JS_SetPropertyStr(hctx, g, "__stepstone_is_proxy", JS_NewCFunction(hctx, js_is_proxy, "is_proxy", 1));
        web_sql_install(hctx, g);
        /* Only for loading the DOM from source (no bytecode frame). */
        JSValue data = JS_NewArray(hctx);
        uint32_t n = 0;
        for (int i = 2; i < count; i++) {
            if (strcmp(scripts[i].name, "@<dom>") != 0) continue;
            JSValue pair = JS_NewArray(hctx);
            JS_SetPropertyUint32(hctx, pair, 0, JS_NewString(hctx, scripts[i].name + 1));
            JS_SetPropertyUint32(hctx, pair, 1, JS_NewStringLen(hctx, scripts[i].src, scripts[i].len));
            JS_SetPropertyUint32(hctx, data, n++, pair);
        }
        JS_SetPropertyStr(hctx, g, "__stepstone_dom_source", data);
        JS_FreeValue(hctx, g);
        JSValue w = JS_Eval(hctx, scripts[1].src, scripts[1].len, scripts[1].name, JS_EVAL_TYPE_GLOBAL);
        if (JS_IsException(w)) { say_exception("web harness"); JS_FreeValue(hctx, setup); return -1; }
        JS_FreeValue(hctx, w);
    }
    setup_fn = setup;
    return 0;
}

/* "SSJS1 prepare" or "SSJS1 web prepare", then the prelude (and the web
 * harness and the DOM's bytecode) as frames: loads them and returns 0, and
 * the host copies memory. It leaves stdin as it found it. */
__attribute__((export_name("stepstone_prepare")))
int stepstone_prepare(void)
{
    char line[128];
    static struct script scripts[4];
    if (prepared || init_runtime()) return 70;
    if (read_line(line, sizeof line)) return 70;
    int web = strcmp(line, "SSJS1 web prepare") == 0;
    if (!web && strcmp(line, "SSJS1 prepare") != 0) return 70;
    int count = read_frames(scripts, 4);
    if (count < (web ? 3 : 1)) return 70;
    if (load_harness(scripts, count, web)) return 70;
    if (fgetc(stdin) != EOF) return 70;
    clearerr(stdin);
    fflush(stdout);
    fflush(stderr);
    prepared = web ? 2 : 1;
    return 0;
}

static int run(void)
{
    char line[128];
    JSContext *lctx;
    JSValue hooks = JS_UNDEFINED;
    int index = 0;
    char mode[32] = "run";

    if (!prepared && init_runtime()) return 70;
    /* This call's own stack: the check counts from here. */
    JS_UpdateStackTop(rt);

    if (read_line(line, sizeof line)) {
        fputs("stepstone-js: bad frame header\n", stderr);
        return 70;
    }
    /* "SSJS1 web ...": a page and/or a server. The second script is the web
     * harness, frames named "@..." are its data (never run as scripts),
     * and the rest (the exercise's mock API, the tests) run in the tests
     * realm, which no learner code reaches. From a prepared instance the
     * prelude and the harness are already loaded, and no frame holds them. */
    int web = 0;
    if (strncmp(line, "SSJS1 web", 9) == 0 && (line[9] == 0 || line[9] == ' ')) {
        web = 1;
        memmove(line + 5, line + 9, strlen(line + 9) + 1);
    }
    int compile = strcmp(line, "SSJS1 compile") == 0;
    if (compile) {
        /* Nothing to do here yet: the one frame is compiled below. */
    } else if (strcmp(line, "SSJS1 list") == 0) {
        strcpy(mode, "list");
    } else if (strncmp(line, "SSJS1 only ", 11) == 0 && strlen(line) < 11 + 8 && strspn(line + 11, "0123456789") == strlen(line + 11) && line[11]) {
        /* Run one test, by its index: every test gets a fresh instance. */
        snprintf(mode, sizeof mode, "only %s", line + 11);
    } else if (strncmp(line, "SSJS1 sealed ", 13) == 0 && strlen(line) < 13 + 8 && strspn(line + 13, "0123456789") == strlen(line + 13) && line[13]) {
        /* The same, for a test-first run: the code under test hides its source. */
        snprintf(mode, sizeof mode, "seal %s", line + 13);
    } else if (strcmp(line, "SSJS1") != 0) {
        fputs("stepstone-js: bad frame header\n", stderr);
        return 70;
    }
    if (prepared && (compile || web != (prepared == 2))) {
        fputs("stepstone-js: this instance was prepared for another kind of run\n", stderr);
        return 70;
    }
    /* Read every frame before running anything: a script that calls
     * readInput() must see only the learner's stdin, not later frames. */
    static struct script scripts[64];
    int count = read_frames(scripts, 64);
    if (count < 0) return 70;
    if (compile) {
        /* "SSJS1 compile": the one frame, as bytecode on stdout. */
        size_t size = 0;
        if (count < 1) return 70;
        JSValue f = JS_Eval(hctx, scripts[0].src, scripts[0].len, scripts[0].name, JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY);
        if (JS_IsException(f)) { fputs("stepstone-js: the script does not compile\n", stderr); return 70; }
        uint8_t *buf = JS_WriteObject(hctx, &size, f, JS_WRITE_OBJ_BYTECODE);
        if (!buf) { fputs("stepstone-js: could not write bytecode\n", stderr); return 70; }
        fwrite(buf, 1, size, stdout);
        fflush(stdout);
        return 0;
    }

    int first = 0;
    if (!prepared) {
        if (count == 0) { fputs("stepstone-js: no prelude\n", stderr); return 70; }
        if (web && count < 2) { fputs("stepstone-js: no web harness\n", stderr); return 70; }
        if (load_harness(scripts, count, web)) return 70;
        first = web ? 2 : 1;
    }
    /* The learner's realm is made for this run alone (its Math.random
     * seeded now, not when the instance was prepared). */
    lctx = JS_NewContext(rt);
    if (!lctx) return 70;
    if (web) {
        JSValue g = JS_GetGlobalObject(hctx);
        JSValue data = JS_NewArray(hctx);
        uint32_t n = 0;
        for (int i = first; i < count; i++) {
            if (scripts[i].name[0] != '@' || strcmp(scripts[i].name, "@<dom-bytecode>") == 0 || strcmp(scripts[i].name, "@<dom>") == 0) continue;
            JSValue pair = JS_NewArray(hctx);
            JS_SetPropertyUint32(hctx, pair, 0, JS_NewString(hctx, scripts[i].name + 1));
            JS_SetPropertyUint32(hctx, pair, 1, JS_NewStringLen(hctx, scripts[i].src, scripts[i].len));
            JS_SetPropertyUint32(hctx, data, n++, pair);
        }
        JS_SetPropertyStr(hctx, g, "__stepstone_web_files", data);
        JS_FreeValue(hctx, g);
    }
    {
        JSValue args[2];
        args[0] = JS_GetGlobalObject(lctx);
        args[1] = JS_NewString(hctx, mode);
        hooks = JS_Call(hctx, setup_fn, JS_UNDEFINED, 2, args);
        JS_FreeValue(hctx, args[0]);
        JS_FreeValue(hctx, args[1]);
        if (JS_IsException(hooks)) { say_exception("prelude"); return 70; }
    }

    for (index = first; index < count; index++) {
        const char *name = scripts[index].name;
        if (web && name[0] == '@') continue;
        /* Parse first, so a syntax error (a compile error for the learner)
         * is told apart from an error thrown while the code runs. */
        JSValue v = JS_Eval(lctx, scripts[index].src, scripts[index].len, name, JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY);
        if (JS_IsException(v)) {
            report_error(hctx, hooks, "syntax");
            continue;
        }
        v = JS_EvalFunction(lctx, v);
        if (JS_IsException(v)) {
            report_error(hctx, hooks, "uncaught");
            /* Like a browser: a failing script does not stop the next one,
             * so the tests still run and report against a broken solution. */
        } else {
            JS_FreeValue(lctx, v);
        }
        drain_jobs(hctx, hooks);
    }

    JSValue fin = JS_GetPropertyStr(hctx, hooks, "finish");
    if (JS_IsFunction(hctx, fin)) {
        JSValue r = JS_Call(hctx, fin, JS_UNDEFINED, 0, NULL);
        if (JS_IsException(r)) report_error(hctx, hooks, "uncaught");
        JS_FreeValue(hctx, r);
        drain_jobs(hctx, hooks);
    }
    JS_FreeValue(hctx, fin);
    /* The event loop: whenever no job is left, one macrotask (a timer, the
     * virtual clock moving), for as long as the harness says there is one. */
    JSValue macro = JS_GetPropertyStr(hctx, hooks, "macrotask");
    while (JS_IsFunction(hctx, macro)) {
        JSValue r = JS_Call(hctx, macro, JS_UNDEFINED, 0, NULL);
        if (JS_IsException(r)) { report_error(hctx, hooks, "uncaught"); break; }
        int more = JS_ToBool(hctx, r);
        JS_FreeValue(hctx, r);
        if (!more) break;
        drain_jobs(hctx, hooks);
    }
    JS_FreeValue(hctx, macro);
    /* Skip freeing the runtime: the instance is thrown away anyway. */
    return failed ? 1 : 0;
}

/* The module is a WASI reactor: the host calls _initialize (or starts from
 * a prepared copy), then this once. Like a command's _start, it returns
 * for status 0 and exits with any other. */
__attribute__((export_name("stepstone_run")))
void stepstone_run(void)
{
    int code = run();
    fflush(stdout);
    fflush(stderr);
    if (code != 0) _Exit(code);
}
