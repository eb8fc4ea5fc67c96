/*
 * Stepstone's SQL runner: a WASI command around SQLite's amalgamation.
 *
 * The host frames everything on stdin (the sandbox grants no arguments,
 * no environment and no files):
 *
 *   SSSQL1 <heap-limit-bytes>\n
 *   <kind> <length>\n<SQL text>        (one per step, in order)
 *   END\n
 *
 * A step's kind is one of
 *   open     close the database (if any) and open a fresh one in memory;
 *            its text is ignored
 *   trusted  the exercise's own SQL (seed data, reference answers, checking
 *            queries): run with no authorizer, after every TEMP object the
 *            learner may have made is dropped, so that a learner's
 *            `CREATE TEMP VIEW books AS ...` cannot stand in for a table a
 *            checking query reads; an error ends only the step
 *   learner  the learner's SQL: run under the authorizer (guard.c); the first
 *            error ends the whole run (like `sqlite3 -bail`), and a
 *            transaction left open at its end is rolled back
 *            (an "uncommitted" record says so)
 *   dump     every table of `main`, each as a result after a record naming
 *            it: whole (for "nothing else changed" checks), or its first N
 *            rows when the text is a number N (the schema panel's samples)
 *
 * Only this program writes to stdout: SQL has no way to print, so a
 * learner cannot forge a record. Every record is one line of JSON:
 *
 *   {"r":"table","step":S,"start":B,"end":E,"columns":[...],
 *    "rows":[[v,...],...],"more":N}
 *        a statement that returns columns. A value is null, an integer
 *        (a JSON number), {"f":x} for a REAL (x a number, or "inf",
 *        "-inf", "nan"), a string for TEXT, or {"b":"hex"} for a BLOB.
 *        Past MAX_ROWS rows the rest are counted in "more", not shown.
 *   {"r":"done","step":S,"start":B,"end":E,"changes":N}
 *        a statement that returns nothing (CREATE, INSERT, ...)
 *   {"r":"error","step":S,"start":B,"end":E,"at":O,"phase":"prepare"|"run",
 *    "code":C,"message":"..."}
 *        B..E is the statement's byte range in the step's text, O the
 *        byte SQLite points at (-1: none)
 *   {"r":"named","step":S,"name":"..."}    the table a dump shows next
 *   {"r":"uncommitted","step":S}   the step's open transaction was undone
 *   {"r":"end"}    every step ran
 *
 * Nothing touches a disk: the only VFS is ours, and it refuses to open any
 * file, so ATTACH, VACUUM INTO and temp files fail. Temp storage is memory
 * (SQLITE_TEMP_STORE=3) and extensions are compiled out. A runaway query
 * is stopped by the host's clock; memory by SQLite's hard heap limit,
 * below the host's limit on linear memory, so it ends as an error record
 * with code SQLITE_NOMEM, and the host calls that a memory limit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>
#include "sqlite3.h"

#define MAX_ROWS 2000
#define MAX_STEP_BYTES (4 << 20)

static sqlite3 *db = NULL;

#include "guard.h"

/* ---- JSON output ------------------------------------------------------- */

static void put_string(const unsigned char *s, int n)
{
    putchar('"');
    for (int i = 0; i < n; i++) {
        unsigned char ch = s[i];
        switch (ch) {
        case '"': fputs("\\\"", stdout); break;
        case '\\': fputs("\\\\", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        default:
            if (ch < 0x20 || ch == 0x7f) printf("\\u%04x", ch);
            else putchar(ch);
        }
    }
    putchar('"');
}

static void put_cstring(const char *s)
{
    put_string((const unsigned char *)(s ? s : ""), s ? (int)strlen(s) : 0);
}

static void put_value(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: fputs("null", stdout); break;
    case SQLITE_INTEGER: printf("%lld", (long long)sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: {
        double x = sqlite3_column_double(st, i);
        if (isnan(x)) fputs("{\"f\":\"nan\"}", stdout);
        else if (isinf(x)) printf("{\"f\":\"%sinf\"}", x < 0 ? "-" : "");
        else printf("{\"f\":%.17g}", x);
        break;
    }
    case SQLITE_TEXT: {
        const unsigned char *t = sqlite3_column_text(st, i);
        put_string(t, sqlite3_column_bytes(st, i));
        break;
    }
    default: {
        const unsigned char *p = sqlite3_column_blob(st, i);
        int n = sqlite3_column_bytes(st, i);
        fputs("{\"b\":\"", stdout);
        for (int k = 0; k < n; k++) printf("%02x", p[k]);
        fputs("\"}", stdout);
    }
    }
}

static void put_error(int step, long start, long end, long at, const char *phase, int code, const char *message)
{
    printf("{\"r\":\"error\",\"step\":%d,\"start\":%ld,\"end\":%ld,\"at\":%ld,\"phase\":\"%s\",\"code\":%d,\"message\":", step, start, end, at, phase, code);
    put_cstring(message);
    fputs("}\n", stdout);
}

/* ---- running ----------------------------------------------------------- */

static void fresh_database(void)
{
    if (db) sqlite3_close(db);
    db = NULL;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, NULL) != SQLITE_OK) {
        put_error(-1, 0, 0, -1, "prepare", SQLITE_NOMEM, "could not open a database in memory");
        exit(3);
    }
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1 << 20);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, MAX_STEP_BYTES);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 1, NULL);
    /* Standard SQL: 'text' is a value and "name" a column, never the other
     * way round (the fallback hides the mistake the lessons teach). */
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
}

/* Drops every object in the TEMP schema: a trusted step reads only what
 * the learner left in `main`. */
/* Foreign keys are turned off first: with them on, a TEMP parent table
 * whose TEMP child points at it cannot be dropped, and every TEMP object
 * would stay. Returns 0 when the TEMP schema is empty afterwards. */
static int drop_temp_objects(void)
{
    sqlite3_stmt *st;
    sqlite3_exec(db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
    for (int tries = 0; tries < 10000; tries++) {
        if (sqlite3_prepare_v2(db, "SELECT type, name FROM temp.sqlite_master WHERE type IN ('view','table','trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' LIMIT 1", -1, &st, NULL) != SQLITE_OK) return 1;
        if (sqlite3_step(st) != SQLITE_ROW) { sqlite3_finalize(st); return 0; }
        char *sql = sqlite3_mprintf("DROP %s temp.\"%w\"", (const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1));
        sqlite3_finalize(st);
        int rc = sql ? sqlite3_exec(db, sql, NULL, NULL, NULL) : SQLITE_NOMEM;
        sqlite3_free(sql);
        if (rc != SQLITE_OK) return 1;
    }
    return 1;
}

/* The first token at or after `p` (before `end`): past blanks and SQL
 * comments, so a statement's range starts where the learner's code does. */
static const char *skip_space(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') p++;
        else if (p + 1 < end && p[0] == '-' && p[1] == '-') { while (p < end && *p != '\n') p++; }
        else if (p + 1 < end && p[0] == '/' && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/')) p++;
            p = p + 1 < end ? p + 2 : end;
        } else break;
    }
    return p;
}

/* Runs one statement already prepared; 0 on success. */
static int run_statement(int step, sqlite3_stmt *st, long start, long end, long max_rows)
{
    int cols = sqlite3_column_count(st);
    int rc;
    if (cols == 0) {
        /* sqlite3_changes() keeps the last INSERT/UPDATE/DELETE's count
         * through a CREATE or ALTER; the total moves only for rows. */
        sqlite3_int64 before = sqlite3_total_changes64(db);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {}
        if (rc != SQLITE_DONE) return rc;
        printf("{\"r\":\"done\",\"step\":%d,\"start\":%ld,\"end\":%ld,\"changes\":%lld}\n", step, start, end, (long long)(sqlite3_total_changes64(db) - before));
        return 0;
    }
    printf("{\"r\":\"table\",\"step\":%d,\"start\":%ld,\"end\":%ld,\"columns\":[", step, start, end);
    for (int i = 0; i < cols; i++) {
        if (i) putchar(',');
        put_cstring(sqlite3_column_name(st, i));
    }
    fputs("],\"rows\":[", stdout);
    long rows = 0, more = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (rows >= max_rows) { more++; continue; }
        if (rows) putchar(',');
        putchar('[');
        for (int i = 0; i < cols; i++) {
            if (i) putchar(',');
            put_value(st, i);
        }
        putchar(']');
        rows++;
    }
    printf("],\"more\":%ld}\n", more);
    /* An error part-way leaves a complete table record behind it; the
     * error record that follows says the table is not to be trusted. */
    return rc == SQLITE_DONE ? 0 : rc;
}

/* Runs every statement of `sql`; 0 if all ran. */
static int run_step(int step, const char *sql, int learner)
{
    const char *at = sql;
    if (!learner && drop_temp_objects() != 0) {
        /* Never read what the learner may have left in TEMP. */
        put_error(step, 0, 0, -1, "run", SQLITE_ERROR, "the TEMP tables and views your SQL made could not be removed before checking");
        return SQLITE_ERROR;
    }
    sqlite3_set_authorizer(db, learner ? stepstone_authorize : NULL, NULL);
    while (*at) {
        sqlite3_stmt *st = NULL;
        const char *tail = NULL;
        stepstone_denied_why = NULL;
        int rc = sqlite3_prepare_v2(db, at, -1, &st, &tail);
        long start = (long)(at - sql);
        if (rc != SQLITE_OK) {
            long off = sqlite3_error_offset(db);
            long end = tail && tail > at ? (long)(tail - sql) : (long)strlen(sql);
            long first = (long)(skip_space(at, sql + end) - sql);
            put_error(step, first, end, off >= 0 ? start + off : -1, "prepare", sqlite3_extended_errcode(db),
                      stepstone_denied_why ? stepstone_denied_why : sqlite3_errmsg(db));
            sqlite3_finalize(st);
            return rc;
        }
        if (!st) { /* only whitespace or a comment was left */
            if (tail == at || !tail) break;
            at = tail;
            continue;
        }
        long first = (long)(skip_space(at, tail) - sql);
        long end = (long)(tail - sql);
        rc = run_statement(step, st, first, end, MAX_ROWS);
        if (rc != 0) {
            long off = sqlite3_error_offset(db);
            put_error(step, first, end, off >= 0 ? start + off : -1, "run", sqlite3_extended_errcode(db),
                      stepstone_denied_why ? stepstone_denied_why : sqlite3_errmsg(db));
            sqlite3_finalize(st);
            return rc;
        }
        sqlite3_finalize(st);
        at = tail;
    }
    sqlite3_set_authorizer(db, NULL, NULL);
    /* A transaction the learner began and never committed is lost, as it
     * would be when their connection closed: checks see only what was
     * committed. */
    if (learner && !sqlite3_get_autocommit(db)) {
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        printf("{\"r\":\"uncommitted\",\"step\":%d}\n", step);
    }
    return 0;
}

static void dump_tables(int step, long max_rows)
{
    sqlite3_stmt *list;
    if (drop_temp_objects() != 0) {
        put_error(step, 0, 0, -1, "run", SQLITE_ERROR, "the TEMP tables and views your SQL made could not be removed before checking");
        return;
    }
    sqlite3_set_authorizer(db, NULL, NULL);
    if (sqlite3_prepare_v2(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", -1, &list, NULL) != SQLITE_OK) return;
    while (sqlite3_step(list) == SQLITE_ROW) {
        char *sql = sqlite3_mprintf("SELECT * FROM main.\"%w\"", (const char *)sqlite3_column_text(list, 0));
        sqlite3_stmt *st;
        if (sql && sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
            /* The table's name stands where a statement's range would. */
            printf("{\"r\":\"named\",\"step\":%d,\"name\":", step);
            put_cstring((const char *)sqlite3_column_text(list, 0));
            fputs("}\n", stdout);
            if (run_statement(step, st, 0, 0, max_rows) != 0) {
                put_error(step, 0, 0, -1, "run", sqlite3_extended_errcode(db), sqlite3_errmsg(db));
            }
            sqlite3_finalize(st);
        }
        sqlite3_free(sql);
    }
    sqlite3_finalize(list);
}

static char *read_exact(size_t n)
{
    char *buf = malloc(n + 1);
    if (!buf) return NULL;
    if (fread(buf, 1, n, stdin) != n) { free(buf); return NULL; }
    buf[n] = 0;
    return buf;
}

int main(void)
{
    char line[128];
    long long heap = 0;
    if (!fgets(line, sizeof line, stdin) || sscanf(line, "SSSQL1 %lld", &heap) != 1) {
        fputs("stepstone-sql: bad frame header\n", stderr);
        return 2;
    }
    if (heap > 0) sqlite3_hard_heap_limit64(heap);
    sqlite3_initialize();
    fresh_database();
    for (int step = 0;; step++) {
        char kind[16];
        size_t len;
        if (!fgets(line, sizeof line, stdin)) { fputs("stepstone-sql: the frame ended early\n", stderr); return 2; }
        if (strcmp(line, "END\n") == 0) break;
        if (sscanf(line, "%15s %zu", kind, &len) != 2 || len > MAX_STEP_BYTES) { fputs("stepstone-sql: bad step header\n", stderr); return 2; }
        char *sql = read_exact(len);
        if (!sql) { fputs("stepstone-sql: the frame ended early\n", stderr); return 2; }
        if (strlen(sql) != len) {
            /* A NUL inside the text would hide what follows it from SQLite. */
            put_error(step, (long)strlen(sql), (long)strlen(sql), (long)strlen(sql), "prepare", SQLITE_ERROR, "the text contains a NUL character");
            return 0;
        }
        if (strcmp(kind, "open") == 0) fresh_database();
        else if (strcmp(kind, "dump") == 0) {
            long n = atol(sql);
            dump_tables(step, n > 0 && n < MAX_ROWS ? n : MAX_ROWS);
        }
        else if (strcmp(kind, "learner") == 0) {
            if (run_step(step, sql, 1) != 0) {
                /* The learner's first error ends the run. */
                fflush(stdout);
                return 0;
            }
        } else {
            /* The exercise's own SQL: an error ends only this step (a
             * checking query may fail because of what the learner did;
             * the host tells which). */
            run_step(step, sql, 0);
        }
        free(sql);
        fflush(stdout);
    }
    fputs("{\"r\":\"end\"}\n", stdout);
    fflush(stdout);
    if (db) sqlite3_close(db);
    return 0;
}
