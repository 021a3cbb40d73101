-- small Lua script with a known output (lua-test.expected)
local t = {}
for i = 1, 10 do t[#t+1] = i * i end
print(table.concat(t, ","))
local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end
print(fib(20), string.format("%5.2f", math.pi), ("cwith"):upper():rep(2, "-"))
local ok, err = pcall(error, "boom")
print(ok, err)
local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
print(co(1), co(21))
print(select("#", string.gsub("hello world", "o", "0")), #{string.byte("abc", 1, -1)})
local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do words[#words+1] = w end
table.sort(words)
print(table.concat(words, " "), math.maxinteger, 7 // 2, 7 / 2, 2^10)
print(string.pack and #string.pack("i4i8", 1, 2), utf8.char(72, 228, 8364))
