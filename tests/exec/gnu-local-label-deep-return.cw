/* 17 nested with-statements: a return this deep shares its exits (the
 * return ladder), whose variable cwith declared first in the body, before
 * the __label__ declaration that must come first (gcc refused the output;
 * audit finding). With __label__ first, the exits are written out. */
#include "trace.h"
static volatile int never;

static int deep(void) {
	__label__ out;
	if (never) goto out;
	with (res(1)) {
	with (res(2)) {
	with (res(3)) {
	with (res(4)) {
	with (res(5)) {
	with (res(6)) {
	with (res(7)) {
	with (res(8)) {
	with (res(9)) {
	with (res(10)) {
	with (res(11)) {
	with (res(12)) {
	with (res(13)) {
	with (res(14)) {
	with (res(15)) {
	with (res(16)) {
	with (res(17)) {
	return 5;
	}}}}}}}}}}}}}}}}}
out:
	return -1;
}

int main(void) {
	begin("deep"); sayi(deep()); end();
	return 0;
}
