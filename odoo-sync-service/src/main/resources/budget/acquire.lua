-- One atomic step of the shared Odoo budget: a GCRA token bucket (a "theoretical arrival
-- time" per bucket) behind an optional global pause. Redis's own clock decides, so the
-- instances' clocks may drift without effect.
--
-- KEYS[1] the bucket's theoretical arrival time, microseconds
-- KEYS[2] the end of the global pause, microseconds (absent when no pause)
-- KEYS[3] the slots reserved per minute (a hash: minute since the epoch -> slots), for the status API
-- ARGV[1] emission interval, microseconds (one request per interval)
-- ARGV[2] burst tolerance, microseconds ((burst - 1) * interval)
-- ARGV[3] furthest reservation, microseconds: a later slot is not reserved
-- ARGV[4] how many consecutive slots to reserve (a wider permit for a request that was
--         late on its earlier ones)
--
-- Returns "<wait in microseconds> <1 if the slots were reserved from now + wait, else 0> <1 if paused, else 0>"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local horizon = tonumber(ARGV[3])
local slots = tonumber(ARGV[4])

local pause_until = tonumber(redis.call('GET', KEYS[2]) or '0')
if pause_until > now then
	return string.format('%.0f 0 1', pause_until - now)
end

local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then
	tat = now
end
local wait = tat - tolerance - now
if wait < 0 then
	wait = 0
end
if wait > horizon then
	return string.format('%.0f 0 0', wait)
end
local next_tat = tat + slots * interval
redis.call('SET', KEYS[1], next_tat, 'PX', math.ceil((next_tat - now) / 1000) + 1000)
local minute = math.floor(now / 60000000)
redis.call('HINCRBY', KEYS[3], minute, slots)
redis.call('HDEL', KEYS[3], minute - 2)
redis.call('PEXPIRE', KEYS[3], 180000)
return string.format('%.0f 1 0', wait)
