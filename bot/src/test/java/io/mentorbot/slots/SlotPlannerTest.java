package io.mentorbot.slots;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import io.mentorbot.slots.PlanResult.Clash;
import io.mentorbot.slots.PlanResult.Created;
import io.mentorbot.slots.PlanResult.Reason;
import io.mentorbot.slots.PlanResult.Skipped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning slots: one session, a range cut into sessions, a weekly recurrence, and what gets skipped. */
class SlotPlannerTest extends SlotFixtures {

    private static final LocalDate WEDNESDAY = LocalDate.of(2030, 2, 6);

    @Autowired
    private SlotPlanner applicationPlanner;
    @Autowired
    private Clock clock;

    private SlotPlanner planner;
    private long mentor;

    @BeforeEach
    void aMentorOnAFixedDay() {
        planner = plannerAt(NOW);
        mentor = mentor(100);
    }

    @Test
    void aSingleSessionIsStoredInUtcAtTheMentorsLocalTime() {
        PlanResult result = planner.plan(SlotRequest.single(mentor, KYIV, 60, WEDNESDAY, LocalTime.of(18, 0)));

        assertThat(result.skipped()).isEmpty();
        assertThat(result.created()).singleElement().satisfies(slot -> {
            assertThat(slot.startsAt()).isEqualTo(utc("2030-02-06T16:00:00Z"));
            assertThat(slot.endsAt()).isEqualTo(utc("2030-02-06T17:00:00Z"));
        });
        assertThat(storedStarts(mentor)).containsExactly(utc("2030-02-06T16:00:00Z"));
        assertThat(status(result.created().get(0).slotId())).isEqualTo("FREE");
    }

    @Test
    void anEveningRangeIsCutIntoBackToBackSessions() {
        PlanResult result = planner.plan(
                SlotRequest.range(mentor, KYIV, 60, WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));

        assertThat(result.created()).extracting(slot -> inKyiv(slot.startsAt()).toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(19, 0), LocalTime.of(20, 0));
        assertThat(result.created().get(2).endsAt()).isEqualTo(utc("2030-02-06T19:00:00Z"));
        assertThat(result.skipped()).isEmpty();
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ?", mentor)).isEqualTo(3);
    }

    @Test
    void aRemainderShorterThanOneSessionIsDropped() {
        PlanResult result = planner.plan(
                SlotRequest.range(mentor, KYIV, 50, WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));

        assertThat(result.created()).extracting(slot -> inKyiv(slot.startsAt()).toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(18, 50), LocalTime.of(19, 40));
        assertThat(inKyiv(result.created().get(2).endsAt()).toLocalTime()).isEqualTo(LocalTime.of(20, 30));
        assertThat(result.skipped()).isEmpty();
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ?", mentor)).isEqualTo(3);
    }

    @Test
    void overlappingRecurringSessionsAreSkippedAndReported() {
        Created existing = planner.plan(SlotRequest.single(mentor, KYIV, 60, WEDNESDAY, LocalTime.of(17, 30)))
                .created().get(0);

        PlanResult result = planner.plan(SlotRequest.weekly(mentor, KYIV, 60, Set.of(DayOfWeek.MONDAY,
                DayOfWeek.WEDNESDAY), LocalTime.of(18, 0), LocalTime.of(20, 0), LocalDate.of(2030, 2, 4), 2));

        assertThat(result.created()).hasSize(7);
        assertThat(result.skipped()).containsExactly(new Skipped(LocalDateTime.of(2030, 2, 6, 18, 0),
                utc("2030-02-06T16:00:00Z"), Reason.OVERLAP,
                new Clash(existing.slotId(), utc("2030-02-06T15:30:00Z"), utc("2030-02-06T16:30:00Z"))));
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ?", mentor)).isEqualTo(8);
    }

    @Test
    void aSingleSessionThatOverlapsIsReportedRatherThanRefused() {
        long existing = planner.plan(SlotRequest.single(mentor, KYIV, 60, WEDNESDAY, LocalTime.of(18, 0)))
                .created().get(0).slotId();

        PlanResult result = planner.plan(SlotRequest.single(mentor, KYIV, 90, WEDNESDAY, LocalTime.of(17, 0)));

        assertThat(result.created()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.reason()).isEqualTo(Reason.OVERLAP);
            assertThat(skipped.clash().slotId()).isEqualTo(existing);
            assertThat(inKyiv(skipped.clash().startsAt()).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        });
        assertThat(count("SELECT count(*) FROM slots")).isOne();
    }

    @Test
    void adjacentSessionsAndCancelledSlotsDoNotClash() {
        planner.plan(SlotRequest.single(mentor, KYIV, 60, WEDNESDAY, LocalTime.of(17, 0)));
        insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "CANCELLED");

        PlanResult result = planner.plan(SlotRequest.single(mentor, KYIV, 60, WEDNESDAY, LocalTime.of(18, 0)));

        assertThat(result.created()).hasSize(1);
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void anotherMentorsSlotsDoNotClash() {
        long other = mentor(101);
        planner.plan(SlotRequest.single(other, KYIV, 60, WEDNESDAY, LocalTime.of(18, 0)));

        PlanResult result = planner.plan(SlotRequest.single(mentor, KYIV, 60, WEDNESDAY, LocalTime.of(18, 0)));

        assertThat(result.created()).hasSize(1);
    }

    @Test
    void sessionsThatHaveAlreadyStartedAreSkippedAsPast() {
        // Now is 10:30 in Kyiv: 08:00, 09:00 and 10:00 have started, 11:00 has not.
        PlanResult result = planner.plan(SlotRequest.range(mentor, KYIV, 60, LocalDate.of(2030, 1, 15),
                LocalTime.of(8, 0), LocalTime.of(12, 0)));

        assertThat(result.created()).extracting(slot -> inKyiv(slot.startsAt()).toLocalTime())
                .containsExactly(LocalTime.of(11, 0));
        assertThat(result.skipped()).extracting(Skipped::reason).containsOnly(Reason.PAST);
        assertThat(result.skipped()).extracting(skipped -> skipped.localStart().toLocalTime())
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0));
        assertThat(count("SELECT count(*) FROM slots")).isOne();
    }

    @Test
    void theApplicationsPlannerCreatesSlotsNextMonth() {
        LocalDate nextMonth = LocalDate.now(clock.withZone(KYIV)).plusMonths(1);

        PlanResult result = applicationPlanner.plan(
                SlotRequest.range(mentor, KYIV, 45, nextMonth, LocalTime.of(9, 0), LocalTime.of(10, 30)));

        assertThat(result.created()).hasSize(2);
        assertThat(storedStarts(mentor)).containsExactlyElementsOf(
                result.created().stream().map(Created::startsAt).toList());
    }
}
