foo~(struct S *p)
{
  return __builtin_strlen (&p->b[0]);
}
__attribute__((noipa)) int
bar (struct S *p)
{
  with (cw_enter()) { return __builtin_strlen (p->b); }
    }
