-- The catalogue's queries, which ran on every topic picker and mentor list:
-- 1. A mentor's free slots in time order: the list asks every listed mentor for their next free slot, and the month
--    and day views ask whether a mentor has a free slot in a range.
CREATE INDEX slots_free_by_mentor ON slots (mentor_id, starts_at) WHERE status = 'FREE';
-- 2. The mentors who may be listed. The catalogue joins mentor_profiles to users in id order; without this index
--    that join stepped through every student's row to find the next mentor (with 7,000 students, about 1 ms per
--    topic picker).
CREATE INDEX users_active_mentors ON users (id) WHERE is_mentor AND NOT deleted AND NOT paused;
