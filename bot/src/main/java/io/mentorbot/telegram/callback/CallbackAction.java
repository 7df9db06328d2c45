package io.mentorbot.telegram.callback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.mentorbot.accounts.Language;
import io.mentorbot.bookings.BookingQuery;

/**
 * What a button asks for. Encoded by {@link CallbackCodec}; never trusted: every handler re-checks that the
 * pressing user may do it.
 */
public sealed interface CallbackAction {

    /** The verb in {@code v1:<verb>:<args>}. */
    String verb();

    /** The arguments, in order. */
    default List<String> args() {
        return List.of();
    }

    /** One of the main menu entries. */
    record OpenMenu(MenuItem item) implements CallbackAction {
        public String verb() { return "menu"; }
        public List<String> args() { return List.of(item.code()); }
    }

    record ChooseLanguage(Language language) implements CallbackAction {
        public String verb() { return "lang"; }
        public List<String> args() { return List.of(language.code()); }
    }

    record ChooseTimeZone(String zoneId) implements CallbackAction {
        public String verb() { return "tz"; }
        public List<String> args() { return List.of(zoneId); }
    }

    /** Confirms erasing the data of one account: the id makes a stale or forwarded button harmless. */
    record ConfirmErase(long accountId) implements CallbackAction {
        public String verb() { return "erase"; }
        public List<String> args() { return List.of(Long.toString(accountId)); }
    }

    record KeepAccount() implements CallbackAction {
        public String verb() { return "keep"; }
    }

    /** /email: change (or add) the address, or remove it. Always about the presser's own account. */
    record EditEmail(boolean remove) implements CallbackAction {
        public String verb() { return "em"; }
        public List<String> args() { return List.of(remove ? "rm" : "set"); }
    }

    /** Leaves whatever dialog the chat is in. */
    record CancelDialog() implements CallbackAction {
        public String verb() { return "cancel"; }
    }

    /** Adds or removes a topic in the dialog the chat is in. */
    record ToggleTopic(String topic) implements CallbackAction {
        public String verb() { return "tt"; }
        public List<String> args() { return List.of(topic); }
    }

    /** Ends topic choice in the dialog the chat is in. */
    record TopicsDone() implements CallbackAction {
        public String verb() { return "td"; }
    }

    /** An admin's decision on a mentor application. */
    record DecideApplication(long applicationId, boolean approve) implements CallbackAction {
        public String verb() { return "app"; }
        public List<String> args() { return List.of(Long.toString(applicationId), approve ? "y" : "n"); }
    }

    /** Opens the editor of one profile field (or toggles the catalogue listing). */
    record EditProfile(ProfileField field) implements CallbackAction {
        public String verb() { return "pf"; }
        public List<String> args() { return List.of(field.name().toLowerCase()); }
    }

    record PickLength(int minutes) implements CallbackAction {
        public String verb() { return "len"; }
        public List<String> args() { return List.of(Integer.toString(minutes)); }
    }

    /** How a new slot is planned: one day, or weekly. */
    record NewSlotMode(boolean weekly) implements CallbackAction {
        public String verb() { return "ns"; }
        public List<String> args() { return List.of(weekly ? "week" : "day"); }
    }

    /** Shows a month of the inline calendar. */
    record ShowMonth(YearMonth month) implements CallbackAction {
        public String verb() { return "mon"; }
        public List<String> args() { return List.of(month.toString()); }
    }

    /** Picks a day on the inline calendar. */
    record PickDay(LocalDate day) implements CallbackAction {
        public String verb() { return "day"; }
        public List<String> args() { return List.of(day.toString()); }
    }

    record ToggleWeekday(DayOfWeek day) implements CallbackAction {
        public String verb() { return "wd"; }
        public List<String> args() { return List.of(Integer.toString(day.getValue())); }
    }

    record WeekdaysDone() implements CallbackAction {
        public String verb() { return "wdd"; }
    }

    record PickWeeks(int weeks) implements CallbackAction {
        public String verb() { return "wk"; }
        public List<String> args() { return List.of(Integer.toString(weeks)); }
    }

    /** Opens one of the mentor's slots. */
    record OpenSlot(long slotId) implements CallbackAction {
        public String verb() { return "sl"; }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    /** A mentor's action on one slot. */
    record ChangeSlot(long slotId, SlotChange change) implements CallbackAction {
        public String verb() { return "sa"; }
        public List<String> args() { return List.of(Long.toString(slotId), change.name().toLowerCase()); }
    }

    /** A page of the mentor's slot list. */
    record SlotsPage(int page) implements CallbackAction {
        public String verb() { return "sp"; }
        public List<String> args() { return List.of(Integer.toString(page)); }
    }

    /** A page of the catalogue; topic "all" lists every topic. */
    record ListMentors(String topic, int page) implements CallbackAction {
        public String verb() { return "ml"; }
        public List<String> args() { return List.of(topic, Integer.toString(page)); }
    }

    record OpenMentor(long mentorId) implements CallbackAction {
        public String verb() { return "om"; }
        public List<String> args() { return List.of(Long.toString(mentorId)); }
    }

    /** A month of one mentor's free days. */
    record MentorMonth(long mentorId, YearMonth month) implements CallbackAction {
        public String verb() { return "mm"; }
        public List<String> args() { return List.of(Long.toString(mentorId), month.toString()); }
    }

    /** One day of one mentor's free times. */
    record MentorDay(long mentorId, LocalDate day) implements CallbackAction {
        public String verb() { return "md"; }
        public List<String> args() { return List.of(Long.toString(mentorId), day.toString()); }
    }

    /** A student picks a free slot: the confirmation screen follows. */
    record PickSlot(long slotId) implements CallbackAction {
        public String verb() { return "ps"; }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    record ConfirmBooking(long slotId) implements CallbackAction {
        public String verb() { return "cb"; }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    /** Asks for a note to the mentor before confirming. */
    record AddNote(long slotId) implements CallbackAction {
        public String verb() { return "an"; }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    record PayBooking(long bookingId) implements CallbackAction {
        public String verb() { return "pay"; }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    record CancelBooking(long bookingId) implements CallbackAction {
        public String verb() { return "xb"; }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** A student starts moving a booking to another time of the same mentor. */
    record Reschedule(long bookingId) implements CallbackAction {
        public String verb() { return "rs"; }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    record RescheduleMonth(long bookingId, YearMonth month) implements CallbackAction {
        public String verb() { return "rm"; }
        public List<String> args() { return List.of(Long.toString(bookingId), month.toString()); }
    }

    record RescheduleDay(long bookingId, LocalDate day) implements CallbackAction {
        public String verb() { return "rd"; }
        public List<String> args() { return List.of(Long.toString(bookingId), day.toString()); }
    }

    record RescheduleTo(long bookingId, long slotId) implements CallbackAction {
        public String verb() { return "rt"; }
        public List<String> args() { return List.of(Long.toString(bookingId), Long.toString(slotId)); }
    }

    /** A mentor cancels a booked session (a reason and the slot's fate follow). */
    record MentorCancel(long bookingId) implements CallbackAction {
        public String verb() { return "mc"; }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** After the reason: the slot is freed again, or blocked. */
    record MentorCancelRelease(long bookingId, boolean block) implements CallbackAction {
        public String verb() { return "mcr"; }
        public List<String> args() { return List.of(Long.toString(bookingId), block ? "block" : "free"); }
    }

    /** A student acknowledges a reminder: "I'll be there". */
    record AckReminder(long bookingId) implements CallbackAction {
        public String verb() { return "ack"; }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** The mentor answers whether the session took place ({@code held}) or the student did not come. */
    record SessionHeld(long bookingId, boolean held) implements CallbackAction {
        public String verb() { return "held"; }
        public List<String> args() { return List.of(Long.toString(bookingId), held ? "y" : "n"); }
    }

    /** A student rates a completed session, 1 to 5 stars. */
    record RateSession(long bookingId, int stars) implements CallbackAction {
        public String verb() { return "rate"; }
        public List<String> args() { return List.of(Long.toString(bookingId), Integer.toString(stars)); }
    }

    /** A student leaves the review without a comment. */
    record SkipReviewComment(long bookingId) implements CallbackAction {
        public String verb() { return "rvs"; }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** A page of a mentor's reviews, newest first. */
    record ShowReviews(long mentorId, int page) implements CallbackAction {
        public String verb() { return "rvl"; }
        public List<String> args() { return List.of(Long.toString(mentorId), Integer.toString(page)); }
    }

    /** The mentor answers a review (once). */
    record ReplyReview(long reviewId) implements CallbackAction {
        public String verb() { return "rvr"; }
        public List<String> args() { return List.of(Long.toString(reviewId)); }
    }

    /** A mentor disconnects their Google Calendar (always the presser's own). */
    record DisconnectCalendar() implements CallbackAction {
        public String verb() { return "gcx"; }
    }

    /** Opens the Google Calendar connection screen (from the mentor's profile). */
    record ConnectCalendar() implements CallbackAction {
        public String verb() { return "gcc"; }
    }

    /** The admin console: its home, the users or mentors list at a page, or the statistics. */
    record AdminView(AdminPane pane, int page) implements CallbackAction {
        public String verb() { return "av"; }
        public List<String> args() { return List.of(pane.name().toLowerCase(), Integer.toString(page)); }
    }

    /** The admin console on one user: open the card, or act on them. */
    record AdminUser(long userId, AdminUserAct act) implements CallbackAction {
        public String verb() { return "au"; }
        public List<String> args() { return List.of(Long.toString(userId), act.name().toLowerCase()); }
    }

    /** The admin console on one mentor: open the card, list or unlist it. */
    record AdminMentor(long mentorId, AdminMentorAct act) implements CallbackAction {
        public String verb() { return "am"; }
        public List<String> args() { return List.of(Long.toString(mentorId), act.name().toLowerCase()); }
    }

    /** The admin console's bookings under a filter (its value: a status ordinal or a users.id), at a page. */
    record AdminBookings(BookingQuery.Filter filter, long value, int page) implements CallbackAction {
        public String verb() { return "abl"; }
        public List<String> args() {
            return List.of(filter.name().toLowerCase(), Long.toString(value), Integer.toString(page));
        }
    }

    /** The admin console on one booking: open it, or cancel it (a reason is asked for). */
    record AdminBooking(long bookingId, AdminBookingAct act) implements CallbackAction {
        public String verb() { return "ab"; }
        public List<String> args() { return List.of(Long.toString(bookingId), act.name().toLowerCase()); }
    }

    /** The admin console: one mentor's slots on one day of the admin's calendar. */
    record AdminSlots(long mentorId, LocalDate day) implements CallbackAction {
        public String verb() { return "asd"; }
        public List<String> args() { return List.of(Long.toString(mentorId), day.toString()); }
    }

    /** The admin console on one slot: open, block, unblock or delete it. */
    record AdminSlot(long slotId, AdminSlotAct act) implements CallbackAction {
        public String verb() { return "as"; }
        public List<String> args() { return List.of(Long.toString(slotId), act.name().toLowerCase()); }
    }

    /** The admin console: one pending mentor application, with Approve and Reject. */
    record AdminApplication(long applicationId) implements CallbackAction {
        public String verb() { return "aap"; }
        public List<String> args() { return List.of(Long.toString(applicationId)); }
    }

    /** The admin console: search users (or only mentors) by name, @username or Telegram id. */
    record AdminSearch(boolean mentorsOnly) implements CallbackAction {
        public String verb() { return "asr"; }
        public List<String> args() { return List.of(mentorsOnly ? "m" : "u"); }
    }

    /** The admin console's exports: all users, or bookings of the last or the next 30 days, as CSV. */
    record AdminExport(String what) implements CallbackAction {
        public String verb() { return "ax"; }
        public List<String> args() { return List.of(what); }
    }

    /** A button that only shows something (calendar headers, empty days). */
    record Noop() implements CallbackAction {
        public String verb() { return "nop"; }
    }

    enum ProfileField { HEADLINE, BIO, PHOTO, TOPICS, PRICE, LENGTH, TIMEZONE, LISTED, PREVIEW }

    enum SlotChange { BLOCK, UNBLOCK, DELETE }

    enum AdminPane { HOME, USERS, MENTORS, STATS, BOOKINGS, APPLICATIONS, EXPORT }

    enum AdminUserAct { OPEN, MENTOR, UNMENTOR, BLOCK, UNBLOCK, ADMIN_DAY, ADMIN_WEEK, UNADMIN }

    enum AdminBookingAct { OPEN, CANCEL }

    enum AdminSlotAct { OPEN, BLOCK, UNBLOCK, DELETE }

    enum AdminMentorAct { OPEN, LIST, UNLIST }

    /** The entries of the main menu. */
    enum MenuItem {
        BOOK("book"), BECOME_MENTOR("mentor"), MY_CONSULTATIONS("my"), HELP("help");

        private final String code;

        MenuItem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static MenuItem of(String code) {
            for (MenuItem item : values()) {
                if (item.code.equals(code)) {
                    return item;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }
}
