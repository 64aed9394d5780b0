-- The slots every instance reserved in the shared bucket during the last full minute, by Redis's clock.
--
-- KEYS[1] the slots reserved per minute (a hash: minute since the epoch -> slots), kept by acquire.lua
local t = redis.call('TIME')
local minute = math.floor((tonumber(t[1]) * 1000000 + tonumber(t[2])) / 60000000)
return tonumber(redis.call('HGET', KEYS[1], minute - 1) or '0')
