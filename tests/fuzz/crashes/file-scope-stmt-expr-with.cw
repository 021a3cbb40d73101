int x = ({ with (fopen("x", "r") as fp) { } 1; });
