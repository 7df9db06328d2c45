package io.mentorbot.calendar;

/** The owner has no usable connection (none, or broken): the work waits until the mentor connects again. */
final class ConnectionUnavailable extends Exception {

    ConnectionUnavailable(long ownerId, String why) {
        super("Calendar of owner " + ownerId + " is not usable: " + why, null, false, false);
    }
}
