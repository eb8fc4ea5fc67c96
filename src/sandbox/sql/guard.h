/* The VFS and authorizer all of the sandbox's SQLite builds share (guard.c). */
#ifndef STEPSTONE_SQL_GUARD_H
#define STEPSTONE_SQL_GUARD_H
/* Why the authorizer last refused, in plain words (NULL: it did not). */
extern const char *stepstone_denied_why;
int stepstone_authorize(void *arg, int action, const char *a, const char *b, const char *c, const char *d);
#endif
