f(struct s x)
{
}
{
	x = ({ int r = 0; with (res(1) as a) { r = a + 10; } r; });
}
