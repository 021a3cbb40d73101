#define GREETING "hello"
#define LIMIT 3
