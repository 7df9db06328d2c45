package io.mentorbot.slots;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import io.mentorbot.slots.PlanResult.Created;
import io.mentorbot.slots.PlanResult.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times are meant in the mentor's zone and stored in UTC. Kyiv moves its clocks on the last Sunday of March
 * (03:00 becomes 04:00, UTC+2 to UTC+3) and of October (04:00 becomes 03:00, back to UTC+2).
 */
class DaylightSavingTest extends SlotFixtures {

    private SlotPlanner planner;
    private long mentor;

    @BeforeEach
    void aMentorInKyiv() {
        planner = plannerAt(NOW);
        mentor = mentor(100);
    }

    @Test
    void aWeeklyEveningStaysAtSixLocalAcrossTheSpringSwitch() {
        PlanResult result = planner.plan(mondaysAndWednesdaysFromSixToEight(LocalDate.of(2030, 3, 18)));

        assertThat(result.skipped()).isEmpty();
        assertThat(result.created()).hasSize(16)
                .allSatisfy(slot -> assertThat(inKyiv(slot.startsAt()).toLocalTime())
                        .isIn(LocalTime.of(18, 0), LocalTime.of(19, 0)));
        assertThat(sixOClockStarts(result)).containsExactly(
                utc("2030-03-18T16:00:00Z"), utc("2030-03-20T16:00:00Z"),
                utc("2030-03-25T16:00:00Z"), utc("2030-03-27T16:00:00Z"),
                utc("2030-04-01T15:00:00Z"), utc("2030-04-03T15:00:00Z"),
                utc("2030-04-08T15:00:00Z"), utc("2030-04-10T15:00:00Z"));
        assertThat(storedStarts(mentor)).hasSize(16);
    }

    @Test
    void aWeeklyEveningStaysAtSixLocalAcrossTheAutumnSwitch() {
        PlanResult result = planner.plan(mondaysAndWednesdaysFromSixToEight(LocalDate.of(2030, 10, 14)));

        assertThat(result.created()).hasSize(16);
        assertThat(sixOClockStarts(result)).containsExactly(
                utc("2030-10-14T15:00:00Z"), utc("2030-10-16T15:00:00Z"),
                utc("2030-10-21T15:00:00Z"), utc("2030-10-23T15:00:00Z"),
                utc("2030-10-28T16:00:00Z"), utc("2030-10-30T16:00:00Z"),
                utc("2030-11-04T16:00:00Z"), utc("2030-11-06T16:00:00Z"));
        assertThat(result.created()).allSatisfy(slot ->
                assertThat(slot.endsAt()).isEqualTo(slot.startsAt().plusSeconds(3600)));
    }

    @Test
    void aLocalTimeSkippedBySpringForwardIsReportedAsNonexistent() {
        PlanResult result = planner.plan(
                SlotRequest.single(mentor, KYIV, 60, LocalDate.of(2030, 3, 31), LocalTime.of(3, 30)));

        assertThat(result.created()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.reason()).isEqualTo(Reason.NONEXISTENT_LOCAL_TIME);
            assertThat(skipped.localStart()).isEqualTo(LocalDateTime.of(2030, 3, 31, 3, 30));
            assertThat(skipped.clash()).isNull();
        });
        assertThat(count("SELECT count(*) FROM slots")).isZero();
    }

    @Test
    void aRangeOverTheSpringGapSkipsOnlyTheHourThatDoesNotExist() {
        PlanResult result = planner.plan(SlotRequest.range(mentor, KYIV, 60, LocalDate.of(2030, 3, 31),
                LocalTime.of(2, 0), LocalTime.of(5, 0)));

        assertThat(result.created()).extracting(Created::startsAt)
                .containsExactly(utc("2030-03-31T00:00:00Z"), utc("2030-03-31T01:00:00Z"));
        assertThat(result.created()).extracting(slot -> inKyiv(slot.startsAt()).toLocalTime())
                .containsExactly(LocalTime.of(2, 0), LocalTime.of(4, 0));
        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.reason()).isEqualTo(Reason.NONEXISTENT_LOCAL_TIME);
            assertThat(skipped.localStart().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        });
    }

    @Test
    void anAmbiguousAutumnTimeTakesTheEarlierOffset() {
        // 03:30 happens twice on 27 October: first at UTC+3 (00:30Z), then at UTC+2 (01:30Z).
        PlanResult result = planner.plan(
                SlotRequest.single(mentor, KYIV, 60, LocalDate.of(2030, 10, 27), LocalTime.of(3, 30)));

        assertThat(result.created()).extracting(Created::startsAt).containsExactly(utc("2030-10-27T00:30:00Z"));
    }

    private SlotRequest mondaysAndWednesdaysFromSixToEight(LocalDate firstMonday) {
        return SlotRequest.weekly(mentor, KYIV, 60, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(18, 0), LocalTime.of(20, 0), firstMonday, 4);
    }

    private static List<Instant> sixOClockStarts(PlanResult result) {
        return result.created().stream().map(Created::startsAt)
                .filter(start -> inKyiv(start).toLocalTime().equals(LocalTime.of(18, 0))).toList();
    }
}
