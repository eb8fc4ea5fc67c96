/*
 * Stepstone's JavaScript runner: a WASI command around QuickJS-ng.
 *
 * The host frames everything on stdin, because the sandbox grants no
 * arguments, no environment and no files:
 *
 *   SSJS1\n
 *   <name-len> <source-len>\n<name><source>     (one per script, in order)
 *   END\n
 *   <the student's own stdin, read lazily by readInput()>
 *
 * The first script is the host's prelude. Its completion value must be an
 * object { uncaught(err), finish() }; the runner calls uncaught() for every
 * error that escapes a script or a job and finish() once the job queue is
 * empty. The prelude reaches the host only through two natives that it
 * deletes from the global object before any student code runs:
 *   __stepstone_write(fd, text)  - console output through WASI fd 1 or 2
 *   __stepstone_report(json)     - a structured record to the host import
 *                                  stepstone.report, which student code
 *                                  therefore cannot forge.
 * Exit status: 0 if every script ran without an uncaught error, 1 otherwise,
 * or whatever the program passed to exit().
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

static void report_error(JSContext *ctx, JSValueConst hooks, const char *hook)
{
    JSValue exc = JS_GetException(ctx);
    JSValue fn = JS_GetPropertyStr(ctx, hooks, hook);
    failed = 1;
    if (JS_IsFunction(ctx, fn)) {
        JSValue r = JS_Call(ctx, fn, JS_UNDEFINED, 1, (JSValueConst *)&exc);
        if (JS_IsException(r)) {
            JSValue e2 = JS_GetException(ctx);
            JS_FreeValue(ctx, e2);
            fputs("Uncaught error (and the error could not be shown)\n", stderr);
        }
        JS_FreeValue(ctx, r);
    } else {
        fputs("Uncaught error\n", stderr);
    }
    JS_FreeValue(ctx, fn);
    JS_FreeValue(ctx, exc);
}

static void report_uncaught(JSContext *ctx, JSValueConst hooks)
{
    report_error(ctx, hooks, "uncaught");
}

static void drain_jobs(JSContext *ctx, JSValueConst hooks)
{
    JSContext *jctx;
    for (;;) {
        int r = JS_ExecutePendingJob(JS_GetRuntime(ctx), &jctx);
        if (r == 0) break;
        if (r < 0) report_uncaught(jctx, hooks);
    }
}

int main(void)
{
    char line[128];
    JSRuntime *rt = JS_NewRuntime();
    JSContext *ctx;
    JSValue hooks = JS_UNDEFINED;
    JSValue global;
    int index = 0;

    if (!rt) return 70;
    /* QuickJS-ng turns its stack check off on WASI; the build re-enables it,
     * so deep recursion is a catchable RangeError instead of a wasm trap. */
    JS_UpdateStackTop(rt);
    JS_SetMaxStackSize(rt, STEPSTONE_JS_STACK);
    ctx = JS_NewContext(rt);
    if (!ctx) return 70;

    global = JS_GetGlobalObject(ctx);
    JS_SetPropertyStr(ctx, global, "__stepstone_write", JS_NewCFunction(ctx, js_write, "__stepstone_write", 2));
    JS_SetPropertyStr(ctx, global, "__stepstone_report", JS_NewCFunction(ctx, js_report, "__stepstone_report", 1));
    JS_SetPropertyStr(ctx, global, "__stepstone_exit", JS_NewCFunction(ctx, js_exit, "__stepstone_exit", 1));
    JS_SetPropertyStr(ctx, global, "__stepstone_read_input", JS_NewCFunction(ctx, js_read_input, "__stepstone_read_input", 0));
    JS_FreeValue(ctx, global);

    if (read_line(line, sizeof line) || strcmp(line, "SSJS1") != 0) {
        fputs("stepstone-js: bad frame header\n", stderr);
        return 70;
    }
    /* Read every frame before running anything: a script that calls
     * readInput() must see only the learner's stdin, not later frames. */
    struct script { char *name; char *src; size_t len; } scripts[64];
    int count = 0;
    for (;;) {
        unsigned long name_len, src_len;
        if (read_line(line, sizeof line)) { fputs("stepstone-js: bad frame\n", stderr); return 70; }
        if (strcmp(line, "END") == 0) break;
        if (count == 64 || sscanf(line, "%lu %lu", &name_len, &src_len) != 2 || name_len > 4096) {
            fputs("stepstone-js: bad frame line\n", stderr);
            return 70;
        }
        char *name = malloc(name_len + 1);
        char *src = malloc(src_len + 1);
        if (!name || !src) { fputs("stepstone-js: out of memory reading source\n", stderr); return 70; }
        if (read_exact(name, name_len) || read_exact(src, src_len)) {
            fputs("stepstone-js: truncated frame\n", stderr);
            return 70;
        }
        name[name_len] = 0;
        src[src_len] = 0;
        scripts[count].name = name;
        scripts[count].src = src;
        scripts[count].len = src_len;
        count++;
    }

    for (index = 0; index < count; index++) {
        const char *name = scripts[index].name;
        /* Parse first, so a syntax error (a compile error for the learner)
         * is told apart from an error thrown while the code runs. */
        JSValue v = JS_Eval(ctx, scripts[index].src, scripts[index].len, name, JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY);
        if (index > 0 && JS_IsException(v)) {
            report_error(ctx, hooks, "syntax");
            continue;
        }
        if (!JS_IsException(v))
            v = JS_EvalFunction(ctx, v);
        if (index == 0) {
            if (JS_IsException(v)) {
                JSValue e = JS_GetException(ctx);
                const char *s = JS_ToCString(ctx, e);
                fprintf(stderr, "stepstone-js: prelude failed: %s\n", s ? s : "?");
                return 70;
            }
            hooks = v;
        } else if (JS_IsException(v)) {
            report_uncaught(ctx, hooks);
            /* Like a browser: a failing script does not stop the next one,
             * so the tests still run and report against a broken solution. */
        } else {
            JS_FreeValue(ctx, v);
        }
        drain_jobs(ctx, hooks);
    }

    JSValue fin = JS_GetPropertyStr(ctx, hooks, "finish");
    if (JS_IsFunction(ctx, fin)) {
        JSValue r = JS_Call(ctx, fin, JS_UNDEFINED, 0, NULL);
        if (JS_IsException(r)) report_uncaught(ctx, hooks);
        JS_FreeValue(ctx, r);
        drain_jobs(ctx, hooks);
    }
    JS_FreeValue(ctx, fin);
    fflush(stdout);
    fflush(stderr);
    /* Skip freeing the runtime: the instance is thrown away anyway. */
    return failed ? 1 : 0;
}
