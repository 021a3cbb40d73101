#if0
with(()as