/*
 * SQLite for learners' servers, linked into the JavaScript runner: the
 * natives behind the web harness's promise-based `db` (see
 * `web/harness.js`). Only the harness realm sees them, and it deletes
 * them before any learner code runs.
 *
 *   __stepstone_sql_open()  -> a handle: a fresh database in memory
 *   __stepstone_sql_exec(handle, sql, params, trusted)
 *        -> { rows: [{column: value}...], changes, lastId }
 *           or { error: "plain words" }
 *
 * Every statement of `sql` runs in order; `params` (an array for `?`, or
 * an object for `:name`, `$name` and `@name`) binds each statement's
 * parameters. Learner SQL (trusted = 0) runs under the same authorizer as
 * the SQL runner's learner steps (`../sql/guard.c`), whose VFS opens no
 * file. A runaway query is stopped by the host's clock, memory by
 * SQLite's heap limit below the instance's.
 */
#include <stdlib.h>
#include <string.h>
#include "quickjs.h"
#include "sqlite3.h"
#include "guard.h"

#define MAX_DBS 4
#define MAX_ROWS 10000

static sqlite3 *dbs[MAX_DBS];
static int db_count = 0;

static JSValue js_sql_open(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    sqlite3 *db = NULL;
    if (db_count == MAX_DBS) return JS_ThrowRangeError(ctx, "too many databases in one run");
    sqlite3_hard_heap_limit64(96 << 20);
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, NULL) != SQLITE_OK) {
        return JS_ThrowOutOfMemory(ctx);
    }
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1 << 20);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
    /* As in a real application that asks for them: foreign keys are kept. */
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    dbs[db_count] = db;
    return JS_NewInt32(ctx, db_count++);
}

static JSValue error_object(JSContext *ctx, const char *message)
{
    JSValue o = JS_NewObject(ctx);
    JS_SetPropertyStr(ctx, o, "error", JS_NewString(ctx, message));
    return o;
}

/* Binds one JS value; returns NULL or why it cannot be bound. */
static const char *bind_value(JSContext *ctx, sqlite3_stmt *st, int i, JSValueConst v)
{
    if (JS_IsNull(v) || JS_IsUndefined(v)) return sqlite3_bind_null(st, i) == SQLITE_OK ? NULL : "could not bind NULL";
    if (JS_IsBool(v)) return sqlite3_bind_int(st, i, JS_ToBool(ctx, v)) == SQLITE_OK ? NULL : "could not bind a boolean";
    if (JS_IsNumber(v)) {
        double d;
        JS_ToFloat64(ctx, &d, v);
        if (d == (double)(long long)d && d > -9007199254740992.0 && d < 9007199254740992.0) {
            sqlite3_bind_int64(st, i, (sqlite3_int64)d);
        } else {
            sqlite3_bind_double(st, i, d);
        }
        return NULL;
    }
    if (JS_IsString(v)) {
        size_t len;
        const char *s = JS_ToCStringLen(ctx, &len, v);
        if (!s) return "could not read a text parameter";
        int rc = sqlite3_bind_text(st, i, s, (int)len, SQLITE_TRANSIENT);
        JS_FreeCString(ctx, s);
        return rc == SQLITE_OK ? NULL : "a text parameter is too long";
    }
    return "a parameter can be a number, text, true/false or null, not an object or array";
}

static const char *bind_all(JSContext *ctx, sqlite3_stmt *st, JSValueConst params, int *next)
{
    int n = sqlite3_bind_parameter_count(st);
    int positional = JS_IsArray(params);
    for (int i = 1; i <= n; i++) {
        const char *name = sqlite3_bind_parameter_name(st, i);
        JSValue v;
        if (name && name[0] != '?' && !positional) {
            v = JS_GetPropertyStr(ctx, params, name + 1);
        } else if (positional) {
            v = JS_GetPropertyUint32(ctx, params, (uint32_t)(*next)++);
        } else {
            return "this SQL has ? placeholders: pass the values as an array, for example [title, 42]";
        }
        if (JS_IsException(v)) return "a parameter could not be read";
        const char *why = bind_value(ctx, st, i, v);
        JS_FreeValue(ctx, v);
        if (why) return why;
    }
    return NULL;
}

static JSValue column_value(JSContext *ctx, sqlite3_stmt *st, int c)
{
    switch (sqlite3_column_type(st, c)) {
    case SQLITE_INTEGER: {
        sqlite3_int64 i = sqlite3_column_int64(st, c);
        return (i > -9007199254740992LL && i < 9007199254740992LL) ? JS_NewInt64(ctx, i) : JS_NewFloat64(ctx, (double)i);
    }
    case SQLITE_FLOAT:
        return JS_NewFloat64(ctx, sqlite3_column_double(st, c));
    case SQLITE_TEXT:
        return JS_NewStringLen(ctx, (const char *)sqlite3_column_text(st, c), (size_t)sqlite3_column_bytes(st, c));
    case SQLITE_BLOB:
        /* Blobs are rare in the lessons; their size says what they are. */
        return JS_NewString(ctx, "[blob]");
    default:
        return JS_NULL;
    }
}

/* Learner SQL in a server: the SQL runner's rules, and no TEMP objects,
 * which would stand in front of the tables the tests' queries read. */
static int server_authorize(void *arg, int action, const char *a, const char *b, const char *c, const char *d)
{
    switch (action) {
    case SQLITE_CREATE_TEMP_TABLE:
    case SQLITE_CREATE_TEMP_VIEW:
    case SQLITE_CREATE_TEMP_TRIGGER:
    case SQLITE_CREATE_TEMP_INDEX:
        stepstone_denied_why = "TEMP tables and views are not available in a server's database: make ordinary ones";
        return SQLITE_DENY;
    default:
        return stepstone_authorize(arg, action, a, b, c, d);
    }
}

/* Set while a call binds its parameters: a parameter's getter may call the
 * database again, and that inner call must not end the outer one's
 * authorizer. */
static int busy = 0;

static JSValue sql_exec_inner(JSContext *ctx, JSValueConst *argv, sqlite3 *db, int trusted);

static JSValue js_sql_exec(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    int h;
    if (argc < 4 || JS_ToInt32(ctx, &h, argv[0]) || h < 0 || h >= db_count) return JS_ThrowRangeError(ctx, "no such database");
    if (busy) return error_object(ctx, "a database call cannot start while another one is still reading its parameters");
    busy = 1;
    JSValue r = sql_exec_inner(ctx, argv, dbs[h], JS_ToBool(ctx, argv[3]));
    busy = 0;
    return r;
}

static JSValue sql_exec_inner(JSContext *ctx, JSValueConst *argv, sqlite3 *db, int trusted)
{
    size_t len;
    const char *sql = JS_ToCStringLen(ctx, &len, argv[1]);
    if (!sql) return JS_EXCEPTION;
    const char *tail = sql, *end = sql + len;
    JSValue rows = JS_NewArray(ctx);
    uint32_t row_count = 0;
    long long changes = 0;
    int next_param = 0;
    sqlite3_set_authorizer(db, trusted ? NULL : server_authorize, NULL);
    while (tail < end) {
        sqlite3_stmt *st = NULL;
        stepstone_denied_why = NULL;
        const char *rest = NULL;
        int rc = sqlite3_prepare_v2(db, tail, (int)(end - tail), &st, &rest);
        if (rc != SQLITE_OK) {
            JSValue e = error_object(ctx, stepstone_denied_why ? stepstone_denied_why : sqlite3_errmsg(db));
            JS_FreeValue(ctx, rows);
            JS_FreeCString(ctx, sql);
            sqlite3_set_authorizer(db, NULL, NULL);
            return e;
        }
        if (!st && rest == tail) break; /* no progress: a NUL byte ends the text */
        tail = rest;
        if (!st) continue; /* whitespace or a comment */
        const char *why = bind_all(ctx, st, argv[2], &next_param);
        if (why) {
            sqlite3_finalize(st);
            JS_FreeValue(ctx, rows);
            JS_FreeCString(ctx, sql);
            sqlite3_set_authorizer(db, NULL, NULL);
            return error_object(ctx, why);
        }
        int columns = sqlite3_column_count(st);
        long long before = sqlite3_total_changes64(db);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (row_count >= MAX_ROWS) {
                sqlite3_finalize(st);
                JS_FreeValue(ctx, rows);
                JS_FreeCString(ctx, sql);
                sqlite3_set_authorizer(db, NULL, NULL);
                return error_object(ctx, "the query returned more than 10000 rows: add a WHERE or a LIMIT");
            }
            JSValue row = JS_NewObject(ctx);
            for (int c = 0; c < columns; c++) {
                JS_SetPropertyStr(ctx, row, sqlite3_column_name(st, c), column_value(ctx, st, c));
            }
            JS_SetPropertyUint32(ctx, rows, row_count++, row);
        }
        if (rc != SQLITE_DONE) {
            JSValue e = error_object(ctx, stepstone_denied_why ? stepstone_denied_why : sqlite3_errmsg(db));
            sqlite3_finalize(st);
            JS_FreeValue(ctx, rows);
            JS_FreeCString(ctx, sql);
            sqlite3_set_authorizer(db, NULL, NULL);
            return e;
        }
        changes = sqlite3_total_changes64(db) - before;
        sqlite3_finalize(st);
    }
    JS_FreeCString(ctx, sql);
    sqlite3_set_authorizer(db, NULL, NULL);
    JSValue out = JS_NewObject(ctx);
    JS_SetPropertyStr(ctx, out, "rows", rows);
    JS_SetPropertyStr(ctx, out, "changes", JS_NewInt64(ctx, changes));
    JS_SetPropertyStr(ctx, out, "lastId", JS_NewInt64(ctx, sqlite3_last_insert_rowid(db)));
    return out;
}

void web_sql_install(JSContext *ctx, JSValueConst global)
{
    JS_SetPropertyStr(ctx, global, "__stepstone_sql_open", JS_NewCFunction(ctx, js_sql_open, "sql_open", 0));
    JS_SetPropertyStr(ctx, global, "__stepstone_sql_exec", JS_NewCFunction(ctx, js_sql_exec, "sql_exec", 4));
}
