/* error: 5:2 a with( whose brackets do not match: where it ends is unknown */
/* Found by CI's fuzz: the filter matched the parenthesis alone and saw a
 * call, while the brackets inside did not nest, so `as` after the group
 * could belong to it; the with was copied untranslated with exit 0. */
{with({{);)as
