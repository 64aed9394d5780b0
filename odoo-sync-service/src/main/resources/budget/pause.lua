-- Pauses every instance after a refusal with HTTP 429: for the server's Retry-After, else
-- for an escalating step (1, 2, then 4 minutes) as refusals follow each other. A pause
-- never shortens one already running; the bucket's arrival time moves past the pause so
-- that slots reserved before it are not all spent at once when it ends.
--
-- KEYS[1] the end of the global pause, microseconds
-- KEYS[2] the count of refusals in a row
-- KEYS[3] the bucket's theoretical arrival time, microseconds
-- ARGV[1] the server's Retry-After in microseconds, or -1 if it gave none
-- ARGV[2..n] the escalating steps in microseconds
-- ARGV[n+1] how long the refusal count is remembered, milliseconds
--
-- Returns the pause applied, microseconds
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local retry_after = tonumber(ARGV[1])
local steps = #ARGV - 2
local memory = tonumber(ARGV[#ARGV])

local strikes = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], memory)
local pause = retry_after
if pause < 0 then
	local step = strikes
	if step > steps then
		step = steps
	end
	pause = tonumber(ARGV[1 + step])
end

local until_time = now + pause
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current > until_time then
	until_time = current
end
local ttl = math.ceil((until_time - now) / 1000) + 1000
redis.call('SET', KEYS[1], until_time, 'PX', ttl)
local tat = tonumber(redis.call('GET', KEYS[3]) or '0')
if tat < until_time then
	redis.call('SET', KEYS[3], until_time, 'PX', ttl)
end
return until_time - now
