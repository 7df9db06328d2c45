package io.mentorbot.slots;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A mentor's board: upcoming slots, and blocking, unblocking and deleting only their own, in the right status. */
class SlotBoardTest extends SlotFixtures {

    @Autowired
    private SlotBoard board;

    private long mentor;
    private long otherMentor;

    @BeforeEach
    void twoMentors() {
        mentor = mentor(100);
        otherMentor = mentor(101);
    }

    @Test
    void upcomingListsTheMentorsLiveSlotsInTimeOrderWithTheStudentsName() {
        long past = insertSlot(mentor, "2020-05-05 18:00+03", "2020-05-05 19:00+03", "FREE");
        long later = insertSlot(mentor, "2030-02-07 18:00+02", "2030-02-07 19:00+02", "FREE");
        long booked = insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "FREE");
        long blocked = insertSlot(mentor, "2030-02-06 19:00+02", "2030-02-06 20:00+02", "BLOCKED");
        insertSlot(mentor, "2030-02-06 17:00+02", "2030-02-06 18:00+02", "CANCELLED");
        insertSlot(otherMentor, "2030-02-06 10:00+02", "2030-02-06 11:00+02", "FREE");
        book(booked, student(200, "Olha", "Koval", "olha"));

        assertThat(board.upcoming(mentor, 10)).extracting(SlotView::id, SlotView::status, SlotView::studentName)
                .containsExactly(
                        tuple(booked, SlotStatus.BOOKED, "Olha Koval"),
                        tuple(blocked, SlotStatus.BLOCKED, null),
                        tuple(later, SlotStatus.FREE, null));
        assertThat(board.upcoming(mentor, 2)).extracting(SlotView::id).containsExactly(booked, blocked);
        assertThat(board.upcoming(mentor, 10)).extracting(SlotView::id).doesNotContain(past);
    }

    @Test
    void aStudentWithoutANameIsShownByUsernameAndACancelledBookingShowsNoOne() {
        long booked = insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "FREE");
        long freedAgain = insertSlot(mentor, "2030-02-06 19:00+02", "2030-02-06 20:00+02", "FREE");
        book(booked, student(200, null, null, "anon_dev"));
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, 'CANCELLED')")
                .params(freedAgain, student(201, "Petro", null, null)).update();

        assertThat(board.upcoming(mentor, 10)).extracting(SlotView::studentName).containsExactly("@anon_dev", null);
    }

    @Test
    void aFreeSlotCanBeBlockedAndUnblockedOnlyFromTheRightStatus() {
        long slot = insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "FREE");

        assertThat(board.unblock(mentor, slot)).isEqualTo(SlotOutcome.WRONG_STATUS);
        assertThat(board.block(mentor, slot)).isEqualTo(SlotOutcome.DONE);
        assertThat(status(slot)).isEqualTo("BLOCKED");
        assertThat(board.block(mentor, slot)).isEqualTo(SlotOutcome.WRONG_STATUS);
        assertThat(board.unblock(mentor, slot)).isEqualTo(SlotOutcome.DONE);
        assertThat(status(slot)).isEqualTo("FREE");
    }

    @Test
    void aBookedSlotCanBeNeitherBlockedNorDeleted() {
        long slot = insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "FREE");
        book(slot, student(200, "Olha", null, null));

        assertThat(board.block(mentor, slot)).isEqualTo(SlotOutcome.WRONG_STATUS);
        assertThat(board.deleteFree(mentor, slot)).isEqualTo(SlotOutcome.WRONG_STATUS);
        assertThat(status(slot)).isEqualTo("BOOKED");
    }

    @Test
    void anotherMentorCanNeitherBlockUnblockNorDeleteASlot() {
        long free = insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "FREE");
        long blocked = insertSlot(mentor, "2030-02-06 19:00+02", "2030-02-06 20:00+02", "BLOCKED");

        assertThat(board.block(otherMentor, free)).isEqualTo(SlotOutcome.NOT_FOUND_OR_NOT_YOURS);
        assertThat(board.unblock(otherMentor, blocked)).isEqualTo(SlotOutcome.NOT_FOUND_OR_NOT_YOURS);
        assertThat(board.deleteFree(otherMentor, free)).isEqualTo(SlotOutcome.NOT_FOUND_OR_NOT_YOURS);
        assertThat(board.deleteFree(otherMentor, blocked)).isEqualTo(SlotOutcome.NOT_FOUND_OR_NOT_YOURS);
        assertThat(status(free)).isEqualTo("FREE");
        assertThat(status(blocked)).isEqualTo("BLOCKED");
    }

    @Test
    void anUnknownSlotIsNotFound() {
        assertThat(board.block(mentor, 424242)).isEqualTo(SlotOutcome.NOT_FOUND_OR_NOT_YOURS);
        assertThat(board.deleteFree(mentor, 424242)).isEqualTo(SlotOutcome.NOT_FOUND_OR_NOT_YOURS);
    }

    @Test
    void deletingASlotThatNeverHadABookingRemovesIt() {
        long free = insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "FREE");
        long blocked = insertSlot(mentor, "2030-02-06 19:00+02", "2030-02-06 20:00+02", "BLOCKED");

        assertThat(board.deleteFree(mentor, free)).isEqualTo(SlotOutcome.DONE);
        assertThat(board.deleteFree(mentor, blocked)).isEqualTo(SlotOutcome.DONE);
        assertThat(count("SELECT count(*) FROM slots")).isZero();
    }

    @Test
    void deletingASlotWithBookingHistoryCancelsItAndFreesTheTime() {
        long slot = insertSlot(mentor, "2030-02-06 18:00+02", "2030-02-06 19:00+02", "FREE");
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, 'CANCELLED')")
                .params(slot, student(200, "Olha", null, null)).update();

        assertThat(board.deleteFree(mentor, slot)).isEqualTo(SlotOutcome.DONE);

        assertThat(status(slot)).isEqualTo("CANCELLED");
        assertThat(board.deleteFree(mentor, slot)).isEqualTo(SlotOutcome.WRONG_STATUS);
        assertThat(board.upcoming(mentor, 10)).isEmpty();
        PlanResult again = plannerAt(NOW).plan(SlotRequest.single(mentor, KYIV, 60,
                LocalDate.of(2030, 2, 6), LocalTime.of(18, 0)));
        assertThat(again.created()).hasSize(1);
    }
}
