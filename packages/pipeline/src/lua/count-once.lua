--[[
  Counts an event at most once, however often the job that saw it runs.

  KEYS[1]  guard hash: one field per event already counted
  KEYS[2]  counter hash: the totals
  ARGV[1]  the event's field in the guard hash (unique per event)
  ARGV[2]  the value to store for it (e.g. an attempt's status)
  ARGV[3], ARGV[4], ...  pairs of (counter field, increment)

  Returns 1 when the event was new and counted, 0 when it had been counted before.
]]
if redis.call("HSETNX", KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
for i = 3, #ARGV, 2 do
  redis.call("HINCRBY", KEYS[2], ARGV[i], tonumber(ARGV[i + 1]))
end
return 1
