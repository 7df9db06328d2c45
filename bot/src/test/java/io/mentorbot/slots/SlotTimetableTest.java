package io.mentorbot.slots;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What a student sees of a mentor's time: free slots still to come, by day in the student's own zone. */
class SlotTimetableTest extends SlotFixtures {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    private SlotTimetable timetable;

    private long mentor;

    @BeforeEach
    void aMentor() {
        mentor = mentor(100);
    }

    @Test
    void daysWithFreeSlotsAreCountedInTheViewersZone() {
        insertSlot(mentor, "2030-03-05 18:00+02", "2030-03-05 19:00+02", "FREE");
        insertSlot(mentor, "2030-03-05 19:00+02", "2030-03-05 20:00+02", "FREE");
        // 01:00 on 1 April in Kyiv is still 31 March in UTC.
        insertSlot(mentor, "2030-04-01 01:00+03", "2030-04-01 02:00+03", "FREE");
        // 23:30 on 31 January in UTC is already 1 February in Kyiv.
        insertSlot(mentor, "2030-01-31 23:30+00", "2030-02-01 00:30+00", "FREE");

        assertThat(timetable.daysWithFreeSlots(mentor, YearMonth.of(2030, 3), KYIV))
                .containsExactly(LocalDate.of(2030, 3, 5));
        assertThat(timetable.daysWithFreeSlots(mentor, YearMonth.of(2030, 3), ZoneOffset.UTC))
                .containsExactly(LocalDate.of(2030, 3, 5), LocalDate.of(2030, 3, 31));
        assertThat(timetable.daysWithFreeSlots(mentor, YearMonth.of(2030, 2), KYIV))
                .containsExactly(LocalDate.of(2030, 2, 1));
        assertThat(timetable.daysWithFreeSlots(mentor, YearMonth.of(2030, 1), KYIV)).isEmpty();
    }

    @Test
    void onlyFreeSlotsStillToComeAreOffered() {
        insertSlot(mentor, "2020-03-05 18:00+02", "2020-03-05 19:00+02", "FREE");
        insertSlot(mentor, "2030-03-05 18:00+02", "2030-03-05 19:00+02", "BLOCKED");
        insertSlot(mentor, "2030-03-06 18:00+02", "2030-03-06 19:00+02", "BOOKED");
        insertSlot(mentor, "2030-03-07 18:00+02", "2030-03-07 19:00+02", "CANCELLED");
        long free = insertSlot(mentor, "2030-03-08 18:00+02", "2030-03-08 19:00+02", "FREE");

        assertThat(timetable.daysWithFreeSlots(mentor, YearMonth.of(2020, 3), KYIV)).isEmpty();
        assertThat(timetable.daysWithFreeSlots(mentor, YearMonth.of(2030, 3), KYIV))
                .containsExactly(LocalDate.of(2030, 3, 8));
        assertThat(timetable.freeSlotsOn(mentor, LocalDate.of(2020, 3, 5), KYIV)).isEmpty();
        assertThat(timetable.freeSlotsOn(mentor, LocalDate.of(2030, 3, 5), KYIV)).isEmpty();
        assertThat(timetable.nextFree(mentor)).hasValue(utc("2030-03-08T16:00:00Z"));
        assertThat(timetable.freeSlotsOn(mentor, LocalDate.of(2030, 3, 8), KYIV)).extracting(SlotView::id)
                .containsExactly(free);
    }

    @Test
    void freeSlotsOnADayFollowTheViewersDayBoundariesInTimeOrder() {
        long late = insertSlot(mentor, "2030-03-05 23:00+02", "2030-03-06 00:00+02", "FREE");
        long evening = insertSlot(mentor, "2030-03-05 18:00+02", "2030-03-05 19:00+02", "FREE");
        long nextMorning = insertSlot(mentor, "2030-03-06 02:00+02", "2030-03-06 03:00+02", "FREE");

        assertThat(timetable.freeSlotsOn(mentor, LocalDate.of(2030, 3, 5), KYIV)).extracting(SlotView::id)
                .containsExactly(evening, late);
        // In New York (UTC-5) all three fall on 5 March.
        assertThat(timetable.freeSlotsOn(mentor, LocalDate.of(2030, 3, 5), NEW_YORK)).extracting(SlotView::id)
                .containsExactly(evening, late, nextMorning);
    }

    @Test
    void aSlotIsFoundByIdWhateverItsStatus() {
        long booked = insertSlot(mentor, "2030-03-06 18:00+02", "2030-03-06 19:00+02", "FREE");
        book(booked, student(200, "Olha", "Koval", null));

        assertThat(timetable.find(booked)).hasValueSatisfying(slot -> {
            assertThat(slot.mentorId()).isEqualTo(mentor);
            assertThat(slot.startsAt()).isEqualTo(utc("2030-03-06T16:00:00Z"));
            assertThat(slot.endsAt()).isEqualTo(utc("2030-03-06T17:00:00Z"));
            assertThat(slot.status()).isEqualTo(SlotStatus.BOOKED);
            assertThat(slot.studentName()).isEqualTo("Olha Koval");
        });
        assertThat(timetable.find(424242)).isEmpty();
    }

    @Test
    void aMentorWithoutFreeSlotsHasNoNextFree() {
        insertSlot(mentor, "2020-03-05 18:00+02", "2020-03-05 19:00+02", "FREE");

        assertThat(timetable.nextFree(mentor)).isEmpty();
    }
}
