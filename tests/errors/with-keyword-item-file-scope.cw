/* error: 6:1 a with( followed by a block at file scope, its item a keyword */
/* Found by the fuzzer (`with(_Alignof()){}`): an item named by a keyword
 * (sizeof, _Alignof, if, struct, ...) is no manager call, so at file scope
 * the filter did not take the group for a with header and copied it
 * untranslated with exit 0 (in a function it is a malformed item). */
with (sizeof(int)) {}
