package io.mentorbot.telegram.admin;

import java.time.LocalDate;
import java.util.List;

import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.telegram.callback.Args;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** The admin console's buttons, and the decision on a mentor application. */
public sealed interface AdminAction extends CallbackAction {

    /** An admin's decision on a mentor application. */
    record DecideApplication(long applicationId, boolean approve) implements AdminAction {
        public static final Verb<DecideApplication> VERB = Verb.of("app", 2, DecideApplication.class,
                args -> new DecideApplication(args.id(0), args.flag(1, "y", "n")));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(applicationId), approve ? "y" : "n"); }
    }

    /** The admin console: its home, the users or mentors list at a page, or the statistics. */
    record AdminView(AdminPane pane, int page) implements AdminAction {
        public static final Verb<AdminView> VERB = Verb.of("av", 2, AdminView.class,
                args -> new AdminView(args.constant(0, AdminPane.class), args.number(1)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Args.of(pane), Integer.toString(page)); }
    }

    /** The admin console on one user: open the card, or act on them. */
    record AdminUser(long userId, AdminUserAct act) implements AdminAction {
        public static final Verb<AdminUser> VERB = Verb.of("au", 2, AdminUser.class,
                args -> new AdminUser(args.id(0), args.constant(1, AdminUserAct.class)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(userId), Args.of(act)); }
    }

    /** The admin console on one mentor: open the card, list or unlist it. */
    record AdminMentor(long mentorId, AdminMentorAct act) implements AdminAction {
        public static final Verb<AdminMentor> VERB = Verb.of("am", 2, AdminMentor.class,
                args -> new AdminMentor(args.id(0), args.constant(1, AdminMentorAct.class)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(mentorId), Args.of(act)); }
    }

    /** The admin console's bookings under a filter (its value: a status ordinal or a users.id), at a page. */
    record AdminBookings(BookingQuery.Filter filter, long value, int page) implements AdminAction {
        public static final Verb<AdminBookings> VERB = Verb.of("abl", 3, AdminBookings.class,
                args -> new AdminBookings(args.constant(0, BookingQuery.Filter.class), args.id(1), args.number(2)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Args.of(filter), Long.toString(value), Integer.toString(page)); }
    }

    /** The admin console on one booking: open it, or cancel it (a reason is asked for). */
    record AdminBooking(long bookingId, AdminBookingAct act) implements AdminAction {
        public static final Verb<AdminBooking> VERB = Verb.of("ab", 2, AdminBooking.class,
                args -> new AdminBooking(args.id(0), args.constant(1, AdminBookingAct.class)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), Args.of(act)); }
    }

    /** The admin console on one booking opened from a page of bookings, so that "Back" returns to that page. */
    record AdminListedBooking(long bookingId, BookingQuery.Filter filter, long value, int page) implements AdminAction {
        public static final Verb<AdminListedBooking> VERB = Verb.of("abo", 4, AdminListedBooking.class,
                args -> new AdminListedBooking(args.id(0), args.constant(1, BookingQuery.Filter.class), args.id(2),
                        args.number(3)));

        public String verb() { return VERB.name(); }
        public List<String> args() {
            return List.of(Long.toString(bookingId), Args.of(filter), Long.toString(value), Integer.toString(page));
        }

        AdminBookings list() {
            return new AdminBookings(filter, value, page);
        }
    }

    /** Cancelling (a reason is asked for) a booking opened from a page of bookings, so that "Back" returns there. */
    record AdminCancelListed(long bookingId, BookingQuery.Filter filter, long value, int page) implements AdminAction {
        public static final Verb<AdminCancelListed> VERB = Verb.of("abx", 4, AdminCancelListed.class,
                args -> new AdminCancelListed(args.id(0), args.constant(1, BookingQuery.Filter.class), args.id(2),
                        args.number(3)));

        public String verb() { return VERB.name(); }
        public List<String> args() {
            return List.of(Long.toString(bookingId), Args.of(filter), Long.toString(value), Integer.toString(page));
        }

        AdminBookings list() {
            return new AdminBookings(filter, value, page);
        }
    }

    /** The admin console: one mentor's slots on one day of the admin's calendar. */
    record AdminSlots(long mentorId, LocalDate day) implements AdminAction {
        public static final Verb<AdminSlots> VERB = Verb.of("asd", 2, AdminSlots.class,
                args -> new AdminSlots(args.id(0), LocalDate.parse(args.text(1))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(mentorId), day.toString()); }
    }

    /** The admin console on one slot: open, block, unblock or delete it. */
    record AdminSlot(long slotId, AdminSlotAct act) implements AdminAction {
        public static final Verb<AdminSlot> VERB = Verb.of("as", 2, AdminSlot.class,
                args -> new AdminSlot(args.id(0), args.constant(1, AdminSlotAct.class)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(slotId), Args.of(act)); }
    }

    /** The admin console: one pending mentor application, with Approve and Reject. */
    record AdminApplication(long applicationId) implements AdminAction {
        public static final Verb<AdminApplication> VERB = Verb.of("aap", 1, AdminApplication.class,
                args -> new AdminApplication(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(applicationId)); }
    }

    /** The admin console: search users (or only mentors) by name, @username or Telegram id. */
    record AdminSearch(boolean mentorsOnly) implements AdminAction {
        public static final Verb<AdminSearch> VERB = Verb.of("asr", 1, AdminSearch.class,
                args -> new AdminSearch(args.flag(0, "m", "u")));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(mentorsOnly ? "m" : "u"); }
    }

    /** The admin console's exports: all users, or bookings of the last or the next 30 days, as CSV. */
    record AdminExport(String what) implements AdminAction {
        public static final Verb<AdminExport> VERB = Verb.of("ax", 1, AdminExport.class,
                args -> new AdminExport(args.oneOf(0, "users", "past", "next")));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(what); }
    }

    enum AdminPane { HOME, USERS, MENTORS, STATS, BOOKINGS, APPLICATIONS, EXPORT }

    enum AdminUserAct { OPEN, MENTOR, UNMENTOR, BLOCK, UNBLOCK, ADMIN_DAY, ADMIN_WEEK, UNADMIN }

    enum AdminBookingAct { OPEN, CANCEL }

    enum AdminSlotAct { OPEN, BLOCK, UNBLOCK, DELETE }

    enum AdminMentorAct { OPEN, LIST, UNLIST }
}
