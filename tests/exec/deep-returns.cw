/* Returns nested 20 with-items deep (past the 16 exits from which a
 * return's exits are shared, written once at the end of each item's
 * body): each return runs every exit around it once, innermost first.
 * Level 7 is one with-statement of two items (7 and 8); level 12 a return
 * in a switch; the void function returns without a value. */
#include "trace.h"

static int deep(int x)
{
	with (res(1)) { if (x == 1) return 10;
	with (res(2)) { if (x == 2) return 20;
	with (res(3)) { if (x == 3) return 30;
	with (res(4)) { if (x == 4) return 40;
	with (res(5)) { if (x == 5) return 50;
	with (res(6)) { if (x == 6) return 60;
	with (res(7), res(8)) { if (x == 8) return 80;
	with (res(9)) { if (x == 9) return 90;
	with (res(10)) { if (x == 10) return 100;
	with (res(11)) { if (x == 11) return 110;
	with (res(12)) { switch (x) { case 12: return 120; default: break; }
	with (res(13)) { if (x == 13) return 130;
	with (res(14)) { if (x == 14) return 140;
	with (res(15)) { if (x == 15) return 150;
	with (res(16)) { if (x == 16) return 160;
	with (res(17)) { if (x == 17) return 170;
	with (res(18)) { if (x == 18) return 180;
	with (res(19)) { if (x == 19) return 190;
	with (res(20)) { if (x == 20) return 200;
	}}}}}}}}}}}}}}}}}}}
	return -1;
}

static void deep_void(int x)
{
	with (res(1)) { if (x == 1) { say("ret"); return; }
	with (res(2)) { if (x == 2) { say("ret"); return; }
	with (res(3)) { if (x == 3) { say("ret"); return; }
	with (res(4)) { if (x == 4) { say("ret"); return; }
	with (res(5)) { if (x == 5) { say("ret"); return; }
	with (res(6)) { if (x == 6) { say("ret"); return; }
	with (res(7)) { if (x == 7) { say("ret"); return; }
	with (res(8)) { if (x == 8) { say("ret"); return; }
	with (res(9)) { if (x == 9) { say("ret"); return; }
	with (res(10)) { if (x == 10) { say("ret"); return; }
	with (res(11)) { if (x == 11) { say("ret"); return; }
	with (res(12)) { if (x == 12) { say("ret"); return; }
	with (res(13)) { if (x == 13) { say("ret"); return; }
	with (res(14)) { if (x == 14) { say("ret"); return; }
	with (res(15)) { if (x == 15) { say("ret"); return; }
	with (res(16)) { if (x == 16) { say("ret"); return; }
	with (res(17)) { if (x == 17) { say("ret"); return; }
	with (res(18)) { if (x == 18) { say("ret"); return; }
	with (res(19)) { if (x == 19) { say("ret"); return; }
	with (res(20)) { if (x == 20) { say("ret"); return; }
	}}}}}}}}}}}}}}}}}}}}
	say("end");
}

int main(void)
{
	static const int xs[] = { 3, 8, 12, 16, 17, 20, 99 };
	for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) {
		begin("deep"); sayi(xs[i]); say(":"); sayi(deep(xs[i])); end();
	}
	static const int vs[] = { 1, 17, 20, 21 };
	for (unsigned i = 0; i < sizeof vs / sizeof *vs; i++) {
		begin("void"); sayi(vs[i]); say(":"); deep_void(vs[i]); end();
	}
	return 0;
}
