package io.mentorbot.telegram.booking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** The buttons of finding a mentor, booking, and managing a booking (cancel, reschedule, remind). */
public sealed interface BookingAction extends CallbackAction {

    /** Back to the topic picker of the catalogue. */
    record ListTopics() implements BookingAction {
        public static final Verb<ListTopics> VERB = Verb.of("mt", ListTopics.class, new ListTopics());

        public String verb() { return VERB.name(); }
    }

    /** A page of the catalogue; topic "all" lists every topic. */
    record ListMentors(String topic, int page) implements BookingAction {
        public static final Verb<ListMentors> VERB = Verb.of("ml", 2, ListMentors.class,
                args -> new ListMentors(args.word(0), args.number(1)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(topic, Integer.toString(page)); }
    }

    record OpenMentor(long mentorId) implements BookingAction {
        public static final Verb<OpenMentor> VERB = Verb.of("om", 1, OpenMentor.class,
                args -> new OpenMentor(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(mentorId)); }
    }

    /** A month of one mentor's free days. */
    record MentorMonth(long mentorId, YearMonth month) implements BookingAction {
        public static final Verb<MentorMonth> VERB = Verb.of("mm", 2, MentorMonth.class,
                args -> new MentorMonth(args.id(0), YearMonth.parse(args.text(1))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(mentorId), month.toString()); }
    }

    /** One day of one mentor's free times. */
    record MentorDay(long mentorId, LocalDate day) implements BookingAction {
        public static final Verb<MentorDay> VERB = Verb.of("md", 2, MentorDay.class,
                args -> new MentorDay(args.id(0), LocalDate.parse(args.text(1))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(mentorId), day.toString()); }
    }

    /** A student picks a free slot: the confirmation screen follows. */
    record PickSlot(long slotId) implements BookingAction {
        public static final Verb<PickSlot> VERB = Verb.of("ps", 1, PickSlot.class, args -> new PickSlot(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    record ConfirmBooking(long slotId) implements BookingAction {
        public static final Verb<ConfirmBooking> VERB = Verb.of("cb", 1, ConfirmBooking.class,
                args -> new ConfirmBooking(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    /** Asks for a note to the mentor before confirming. */
    record AddNote(long slotId) implements BookingAction {
        public static final Verb<AddNote> VERB = Verb.of("an", 1, AddNote.class, args -> new AddNote(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    record PayBooking(long bookingId) implements BookingAction {
        public static final Verb<PayBooking> VERB = Verb.of("pay", 1, PayBooking.class,
                args -> new PayBooking(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    record CancelBooking(long bookingId) implements BookingAction {
        public static final Verb<CancelBooking> VERB = Verb.of("xb", 1, CancelBooking.class,
                args -> new CancelBooking(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** {@code /my}'s cancel button: the list itself becomes the question for the reason. */
    record CancelFromList(long bookingId) implements BookingAction {
        public static final Verb<CancelFromList> VERB = Verb.of("xbl", 1, CancelFromList.class,
                args -> new CancelFromList(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** {@code /my}'s reschedule button: the list itself becomes the calendar of the move. */
    record RescheduleFromList(long bookingId) implements BookingAction {
        public static final Verb<RescheduleFromList> VERB = Verb.of("rsl", 1, RescheduleFromList.class,
                args -> new RescheduleFromList(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /**
     * Back to the consultations in the pressed message: from the question for a cancellation's reason (which it
     * leaves), from the calendar of a move, from a finished cancellation or move.
     */
    record BackToMyConsultations() implements BookingAction {
        public static final Verb<BackToMyConsultations> VERB = Verb.of("myl", BackToMyConsultations.class,
                new BackToMyConsultations());

        public String verb() { return VERB.name(); }
    }

    /** A student starts moving a booking to another time of the same mentor. */
    record Reschedule(long bookingId) implements BookingAction {
        public static final Verb<Reschedule> VERB = Verb.of("rs", 1, Reschedule.class,
                args -> new Reschedule(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    record RescheduleMonth(long bookingId, YearMonth month) implements BookingAction {
        public static final Verb<RescheduleMonth> VERB = Verb.of("rm", 2, RescheduleMonth.class,
                args -> new RescheduleMonth(args.id(0), YearMonth.parse(args.text(1))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), month.toString()); }
    }

    record RescheduleDay(long bookingId, LocalDate day) implements BookingAction {
        public static final Verb<RescheduleDay> VERB = Verb.of("rd", 2, RescheduleDay.class,
                args -> new RescheduleDay(args.id(0), LocalDate.parse(args.text(1))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), day.toString()); }
    }

    /** A new time picked for a booking: asks "move from ... to ...?" before anything moves. */
    record RescheduleAsk(long bookingId, long slotId) implements BookingAction {
        public static final Verb<RescheduleAsk> VERB = Verb.of("rq", 2, RescheduleAsk.class,
                args -> new RescheduleAsk(args.id(0), args.id(1)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), Long.toString(slotId)); }
    }

    /** The move confirmed. */
    record RescheduleTo(long bookingId, long slotId) implements BookingAction {
        public static final Verb<RescheduleTo> VERB = Verb.of("rt", 2, RescheduleTo.class,
                args -> new RescheduleTo(args.id(0), args.id(1)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), Long.toString(slotId)); }
    }

    /** All of the student's consultations, from a booking's confirmation. */
    record ShowMyConsultations() implements BookingAction {
        public static final Verb<ShowMyConsultations> VERB = Verb.of("myc", ShowMyConsultations.class,
                new ShowMyConsultations());

        public String verb() { return VERB.name(); }
    }

    /** After the reason: the slot is freed again, or blocked. */
    record MentorCancelRelease(long bookingId, boolean block) implements BookingAction {
        public static final Verb<MentorCancelRelease> VERB = Verb.of("mcr", 2, MentorCancelRelease.class,
                args -> new MentorCancelRelease(args.id(0), args.flag(1, "block", "free")));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), block ? "block" : "free"); }
    }
}
