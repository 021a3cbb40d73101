(}
int main(void)
{
    with (fopen("a", "r") as f) {
        return 1;
    }
    return 0;
}
