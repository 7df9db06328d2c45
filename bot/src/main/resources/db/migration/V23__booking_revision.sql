-- How many times a booking changed after it was made (moved, cancelled): the SEQUENCE of the calendar file the
-- student gets, so their calendar takes a later file of the same booking over an earlier one.
ALTER TABLE bookings ADD COLUMN revision INT NOT NULL DEFAULT 0;
