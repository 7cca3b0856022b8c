--[[
  Claims a normalised puzzle hash for an owner, in the duplicate guard of one database.

  KEYS[1]  the guard hash: puzzle hash -> owner
  ARGV[1]  the field that marks the guard as complete (rebuilt from the database when missing)
  ARGV[2]  the puzzle hash
  ARGV[3]  the owner (the job output that produced it; the same owner keeps its claim on a retry)

  Returns 1 when the owner holds the hash, 0 when someone else does, -1 when the guard is not
  complete (Redis lost it): then nobody can tell a new puzzle from a stored one.
]]
if redis.call("HEXISTS", KEYS[1], ARGV[1]) == 0 then
  return -1
end
if redis.call("HSETNX", KEYS[1], ARGV[2], ARGV[3]) == 1 then
  return 1
end
if redis.call("HGET", KEYS[1], ARGV[2]) == ARGV[3] then
  return 1
end
return 0
