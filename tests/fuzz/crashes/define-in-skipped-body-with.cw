{
#define f with(r())
}