"
t r(){defer F;
return*;/*
};defer d*/}