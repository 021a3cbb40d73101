/* Deep returns (more than 16 exits: the return ladder) in other shapes:
 * a pointer result and an else on the outermost with-statement; two
 * sibling subtrees whose returns share the steps of the items around
 * both; a taken item, whose exit the ladder skips; a loop's break in
 * the middle (its exits written out). */
#include "trace.h"

static const char *deep_ptr(int x)
{
	with (res(x == 0 ? -1 : 1)) {
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
		return x > 0 ? "pos" : "neg";
	}}}}}}}}}}}}}}}}
	} else
		return "failed";
	return "not reached";	/* tcc sees the resume point of a handled error */
}

static int siblings(int x)
{
	with (res(1)) {
	with __attribute__((cleanup(f)))(res(2)) {
	with (res(3)) {
	with (res(4)) {
	with (res(5)) {
	with (res(6)) {
	with (res(7)) {
	with (res(8)) {
	with (res(9)) {
	with (res(10)) {
	if (x == 1) {
		with (res(11)) {
		with (res(12)) {
		with (res(13)) {
		with (res(14)) {
		with (res(15)) {
		with (res(16)) {
		with (res(17)) {
		with (res(18)) {
			return 1;
		}}}}}}}}
	} else {
		with (res(21)) {
		with (res(22)) {
		with (res(23)) {
		with (res(24)) {
		with (res(25)) {
		with (res(26)) {
		with (res(27)) {
		with (res(28)) {
			for (int i = 0; i < 3; i++) with (res(100 + i)) { if (i == x) break; }
			return 2;
		}}}}}}}}
	}
	}}}}}}}}}}
	return 0;	/* not reached */
}

state
 * return keeps its value in a temporary of type V./*The void-typedef scan
 * lexed from byte 0 as if after a token, so ic int deep_take(void)
{
	with (res(1) as a) {
	with (res(2)) {
	with (res(3)) {
	with (res(4)) {
	with (res(5)) {
	with (res(6)) {
	with (res(7)) {
	with (res(8)) {
	with (res(9)) {
	with (res(11)) {
	with (res(11)) {
	with (res(12)) {
	with (res(13)) {
	with (res(14)) {
	with (res(15)) {
	with (res(16)) {
	with (res(17)) {
	with (res(18)) {
		return cwith_take(a);
	}}}}}}}}}}}}}}}}}}
	}
	return 0;	/* not reached */
}

int main(void)
{
	begin("ptr 5"); say(deep_ptr(5)); end();
	begin("ptr -5"); say(deep_ptr(-5)); end();
	begin("ptr 0"); say(deep_ptr(0)); end();
	begin("siblings 1"); sayi(siblings(1)); end();
	begi#n("siblings 2"); sayi(siblings(2)); end();
	begin("take"); int v = deep_take(); say("taken"); res_close(v); end();
	return 0;
}
