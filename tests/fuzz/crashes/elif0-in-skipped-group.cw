#if 0
#elif0
with(()as)
#endif
