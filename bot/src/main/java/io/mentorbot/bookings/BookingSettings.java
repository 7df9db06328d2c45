package io.mentorbot.bookings;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Booking rules.
 *
 * @param minNotice    how long before its start a slot can still be booked (default 2 hours)
 * @param horizon      how far ahead a slot can be booked (default 60 days)
 * @param changeWindow how long before the start a student may still cancel or reschedule a confirmed booking
 *                     (default 12 hours)
 * @param paymentHold  how long a paid mentor's slot is held for a student who has not paid yet (default 15 minutes)
 * @param maxActivePerStudent how many upcoming bookings (awaiting payment or confirmed) one student may hold at once
 *                     (default 5)
 * @param maxActivePerPair how many of them may be with the same mentor (default 2)
 */
@ConfigurationProperties("mentorbot.bookings")
public record BookingSettings(Duration minNotice, Duration horizon, Duration changeWindow, Duration paymentHold,
                              Integer maxActivePerStudent, Integer maxActivePerPair) {

    public BookingSettings {
        minNotice = minNotice == null ? Duration.ofHours(2) : minNotice;
        horizon = horizon == null ? Duration.ofDays(60) : horizon;
        changeWindow = changeWindow == null ? Duration.ofHours(12) : changeWindow;
        paymentHold = paymentHold == null ? Duration.ofMinutes(15) : paymentHold;
        maxActivePerStudent = maxActivePerStudent == null || maxActivePerStudent < 1 ? 5 : maxActivePerStudent;
        maxActivePerPair = maxActivePerPair == null || maxActivePerPair < 1 ? 2 : maxActivePerPair;
    }

    /** The earliest start a slot may have to be booked at {@code now}: the minimum notice from now. */
    public Instant earliestStart(Instant now) {
        return now.plus(minNotice);
    }
}
