/* The seed example, ported: a File manager whose exit closes the file,
 * prints "Exception has been handled" when the body raised, and reports the
 * error handled, so the program goes on after the block (Python's
 * __exit__ returning True). */
#include <stdio.h>
#include "cwith.h"

typedef struct File { FILE *fp; const char *name; } File;

static File file_open(const char *name, const char *mode)
{
	File f;
	f.fp = fopen(name, mode);
	f.name = name;
	return f;
}

CWITH_MANAGER_EXIT(file_open, File, v.fp == NULL, f, err)
{
	fclose(f->fp);
	printf("closed %s\n", f->name);
	if (err) {
		printf("Exception has been handled\n");
		return 1;
	}
	return 0;
}

int main(void)
{
	with (file_open("demo.txt", "w") as f) {
		fputs("Hello World!\n", f.fp);
		cwith_raise(1, "something went wrong");
		puts("not reached");
	}
	puts("after the with-statement");

	with (file_open("demo.txt", "r") as f) {     /* the write was flushed */
		char line[32];
		if (fgets(line, sizeof line, f.fp)) fputs(line, stdout);
	}
	return 0;
}
