/* error: 9:33 a group whose brackets do not match, in a with body */
/* A call's arguments go to the parser as one token only if their
 * brackets match: `(...]` must stay a syntax error. */
int g(int);

int main(void)
{
    with (fopen("/dev/null", "r") as f) {
        int x = g(f != 0 ? 1 : 2];
        return x;
    }
}
