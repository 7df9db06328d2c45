package io.mentorbot.web.graphql;

import java.time.Instant;
import java.util.List;

import io.mentorbot.slots.SlotStatus;
import io.mentorbot.web.graphql.GraphTypes.FreeTime;
import io.mentorbot.web.graphql.GraphTypes.Money;
import io.mentorbot.web.graphql.GraphTypes.Rating;

/** The mentor's object types of the graph as records; unions are told apart by the record's simple name. */
final class MentorTypes {

    private MentorTypes() {
    }

    record MentorProfile(long id, String name, String headline, String bio, List<String> topics, Money price,
                         int sessionMinutes, boolean listed, Rating rating, String photo) {
    }

    record MentorProfileInput(String headline, String bio, List<String> topics, String price, String currency,
                              Integer sessionMinutes, Boolean listed) {
    }

    record Slot(long id, Instant startsAt, Instant endsAt, SlotStatus status, String studentName) {
    }

    record NewSlotsInput(Instant startsAt, Instant from, Instant to, Integer minutes, List<String> days, String time,
                         Integer weeks) {
    }

    record SkippedTime(String localStart, Instant startsAt, String reason, FreeTime clash) {
    }

    record SlotsReport(String zone, List<FreeTime> created, List<SkippedTime> skipped) {
    }

    record SlotRefused(long slotId, String code, String message) {
    }

    record SlotDeleted(long slotId) {
    }

    record Client(long id, String name, String username, int sessions, Instant lastSession) {
    }

    enum SessionOutcome { COMPLETED, NO_SHOW }

    record OutcomeRecorded(long bookingId, SessionOutcome outcome) {
    }

    record OutcomeRefused(long bookingId, String code, String message) {
    }
}
