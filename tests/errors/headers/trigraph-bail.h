/* with -std=c99 or -trigraphs, ??= is # */
??=define BAIL return 1
