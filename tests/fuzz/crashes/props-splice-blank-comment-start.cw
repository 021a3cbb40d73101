/\	
/*
with(()as