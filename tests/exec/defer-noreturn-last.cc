gcc clang
