switch (k) {
    with (fopen("x", "r") as fp) { }
}
