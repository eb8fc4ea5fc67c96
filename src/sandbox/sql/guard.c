/*
 * What every SQLite inside Stepstone's sandbox shares: the SQL runner's
 * (`runner.c`) and the one the JavaScript runner links for learners'
 * servers (`../js/web_sql.c`).
 *
 * The VFS opens no file, ever: databases live in the instance's memory,
 * and ATTACH, VACUUM INTO and temp files fail. The authorizer is for
 * learner SQL: no ATTACH or DETACH, only the PRAGMAs that describe the
 * schema (and foreign_keys), no load_extension.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "sqlite3.h"
#include "guard.h"

/* ---- the VFS: no files, ever ------------------------------------------ */

static int vfs_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out)
{
    (void)v; (void)name; (void)flags; (void)out;
    f->pMethods = NULL;
    return SQLITE_CANTOPEN;
}
static int vfs_delete(sqlite3_vfs *v, const char *name, int sync) { (void)v; (void)name; (void)sync; return SQLITE_IOERR_DELETE; }
static int vfs_access(sqlite3_vfs *v, const char *name, int flags, int *res) { (void)v; (void)name; (void)flags; *res = 0; return SQLITE_OK; }
static int vfs_fullpath(sqlite3_vfs *v, const char *name, int n, char *out)
{
    (void)v;
    sqlite3_snprintf(n, out, "%s", name);
    return SQLITE_OK;
}
static int vfs_random(sqlite3_vfs *v, int n, char *out)
{
    (void)v;
    arc4random_buf(out, (size_t)n);
    return n;
}
static int vfs_sleep(sqlite3_vfs *v, int us) { (void)v; return us; }
static int vfs_time64(sqlite3_vfs *v, sqlite3_int64 *out)
{
    (void)v;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    /* Julian day number in milliseconds, as SQLite wants it. */
    *out = (sqlite3_int64)210866760000000LL + (sqlite3_int64)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    return SQLITE_OK;
}
static int vfs_time(sqlite3_vfs *v, double *out)
{
    sqlite3_int64 ms;
    vfs_time64(v, &ms);
    *out = ms / 86400000.0;
    return SQLITE_OK;
}
static int vfs_last_error(sqlite3_vfs *v, int n, char *out) { (void)v; (void)n; (void)out; return 0; }

static sqlite3_vfs memory_only = {
    2, 0, 512, NULL, "stepstone-memory-only", NULL,
    vfs_open, vfs_delete, vfs_access, vfs_fullpath,
    NULL, NULL, NULL, NULL,
    vfs_random, vfs_sleep, vfs_time, vfs_last_error, vfs_time64,
    NULL, NULL, NULL,
};

int sqlite3_os_init(void) { return sqlite3_vfs_register(&memory_only, 1); }
int sqlite3_os_end(void) { return SQLITE_OK; }

/* ---- the authorizer for learner steps --------------------------------- */

/* PRAGMAs a learner may use: the ones that describe the schema, check it,
 * or turn foreign keys on (the lesson on FOREIGN KEY needs it). Every other
 * one could change how the exercise's own checking queries behave. */
static const char *allowed_pragmas[] = {
    "foreign_keys", "table_info", "table_xinfo", "table_list", "index_list",
    "index_info", "index_xinfo", "foreign_key_list", "foreign_key_check",
    "integrity_check", "quick_check", NULL,
};

const char *stepstone_denied_why = NULL;

int stepstone_authorize(void *arg, int action, const char *a, const char *b, const char *c, const char *d)
{
    (void)arg; (void)b; (void)c; (void)d;
    switch (action) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        stepstone_denied_why = "ATTACH, DETACH and VACUUM INTO are not available here: each exercise has one database, in memory";
        return SQLITE_DENY;
    case SQLITE_PRAGMA:
        for (const char **p = allowed_pragmas; *p; p++) {
            if (a && sqlite3_stricmp(a, *p) == 0) return SQLITE_OK;
        }
        stepstone_denied_why = "this PRAGMA is not available here (table_info, index_list, foreign_keys and the other schema PRAGMAs are)";
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        if (b && sqlite3_stricmp(b, "load_extension") == 0) {
            stepstone_denied_why = "extensions cannot be loaded here";
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

