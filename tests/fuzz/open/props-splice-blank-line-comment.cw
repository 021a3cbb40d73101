// \	
/*
with(()as