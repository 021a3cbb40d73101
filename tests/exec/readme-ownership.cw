/* The README's Ownership examples, run: conn_open() releases what it holds
 * on each failure and hands both out on success (counted by replacing the
 * shipped malloc and socket managers with counting ones under the same
 * names); cwith_adopt closes a FILE * from fdopen; an exit stack closes
 * every file it opened. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#define CWITH_NO_MANAGER_malloc
#define CWITH_NO_MANAGER_socket
#define CWITH_NO_MANAGER_fopen
#include "cwith.h"

static int frees, closes, fcloses;
static void my_free(void *p) { frees++; free(p); }
static int my_close(int fd) { closes++; return close(fd); }
static int my_fclose(FILE *f) { fcloses++; return fclose(f); }
CWITH_MANAGER(malloc, void *, v == NULL, my_free);
CWITH_MANAGER_CHECKED(socket, int, v < 0, my_close, r != 0);
CWITH_MANAGER_CHECKED(fopen, FILE *, v == NULL, my_fclose, r == EOF);

struct conn { int fd; };
static int connect_to(int fd, const char *host) { (void)fd; return strcmp(host, "bad") ? 0 : -1; }
static int handshake(struct conn *c) { (void)c; return 0; }
static int fail_handshake;

struct conn *conn_open(const char *host)
{
    with (malloc(sizeof(struct conn)) as struct conn *c,
          socket(AF_INET, SOCK_STREAM, 0) as fd) {
        if (connect_to(fd, host) < 0) return NULL;   /* closes fd, frees c */
        c->fd = fd;
        if (fail_handshake || handshake(c) < 0) return NULL; /* the same */
        cwith_take(fd);                              /* c owns fd now */
        return cwith_take(c);                        /* the caller owns c */
    } else
        perror("conn_open");                         /* malloc or socket failed */
    return NULL;
}

int main(int argc, char **argv)
{
    struct conn *c = conn_open("bad");
    printf("bad: %s frees=%d closes=%d\n", c ? "conn" : "NULL", frees, closes);
    fail_handshake = 1;
    c = conn_open("ok");
    printf("no handshake: %s frees=%d closes=%d\n", c ? "conn" : "NULL", frees, closes);
    fail_handshake = 0;
    c = conn_open("ok");
    printf("ok: %s frees=%d closes=%d\n", c ? "conn" : "NULL", frees, closes);
    my_close(c->fd);
    my_free(c);

    int fd = dup(1);
    FILE *fp = fdopen(fd, "w");
    with (cwith_adopt(fopen, fp) as f) {      /* fclose(f) on every way out */
        fputs("", f);
    } else
        perror("fdopen");                     /* fp was NULL: fopen's test */
    printf("adopt: fcloses=%d\n", fcloses);

    (void)argc;
    FILE *in[4];
    const char *names[] = { argv[0], argv[0], argv[0] };
    with (exit_stack() as files) {
        for (int i = 0; i < 3; i++)
            in[i] = cwith_stack_push(files, fopen, fopen(names[i], "r"));
        printf("stack: %d open\n", (in[0] && in[1] && in[2]) ? 3 : 0);
    }
    printf("stack: fcloses=%d\n", fcloses);
    return 0;
}
