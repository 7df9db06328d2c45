package io.mentorbot.telegram.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mentorbot.calendarlink.BookableTimes;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.slots.SlotView;
import io.mentorbot.telegram.booking.BookingAction.ListMentors;
import io.mentorbot.telegram.booking.BookingAction.MentorDay;
import io.mentorbot.telegram.booking.BookingAction.MentorMonth;
import io.mentorbot.telegram.booking.BookingAction.OpenMentor;
import io.mentorbot.telegram.booking.BookingAction.PickSlot;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.mentor.MentorCardView;
import io.mentorbot.telegram.view.BotIdentity;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.MonthCalendar;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** A mentor's card, then their free days on a month calendar, then the free times of a day: all in the student's zone. */
@Component
public class MentorBrowser {

    static final int MONTHS_AHEAD = 3;

    private final MentorProfiles profiles;
    private final BookableTimes times;
    private final BotIdentity identity;
    private final Clock clock;

    MentorBrowser(MentorProfiles profiles, BookableTimes times, BotIdentity identity, Clock clock) {
        this.profiles = profiles;
        this.times = times;
        this.identity = identity;
        this.clock = clock;
    }

    /** When the mentor's next slot a student can book starts, if any. */
    Optional<Instant> nextFree(long mentorId) {
        return times.nextFreeSlot(mentorId);
    }

    /** The month's days with a free slot, without days whose free slots all clash with the mentor's calendar. */
    Set<LocalDate> freeDays(long mentorId, YearMonth month, ZoneId zone) {
        return times.freeDays(mentorId, month, zone);
    }

    /** The day's free slots, without those that clash with the mentor's Google Calendar (when connected). */
    List<SlotView> freeSlotsOn(long mentorId, LocalDate day, ZoneId zone) {
        return times.freeSlotsOn(mentorId, day, zone);
    }

    /** Mentors students may see and book ({@link io.mentorbot.accounts.AccountStanding#mayBeBooked}). */
    Optional<MentorProfile> bookable(long mentorId) {
        return profiles.findBookable(mentorId);
    }

    public void card(Turn turn, long mentorId) {
        Optional<MentorProfile> mentor = bookable(mentorId);
        if (mentor.isEmpty()) {
            turn.showText(turn.t("mentor.unavailable"), null);
            return;
        }
        Optional<Instant> next = nextFree(mentorId);
        YearMonth month = YearMonth.from(next.orElse(clock.instant()).atZone(turn.account().zone()));
        InlineKeyboardMarkup keyboard = next.isPresent()
                ? Keyboards.column(Keyboards.button(turn.t("mentor.choose-time"), new MentorMonth(mentorId, month)),
                Keyboards.button(turn.t("mentor.back-to-list"), new ListMentors(Catalog.ALL, 0)))
                : Keyboards.column(Keyboards.button(turn.t("mentor.back-to-list"), new ListMentors(Catalog.ALL, 0)));
        keyboard = MentorCardView.withReviewsButton(turn, mentor.get(), keyboard);
        String link = identity.startLink("m_" + mentorId);
        String text = MentorCardView.text(turn, mentor.get())
                + (next.isEmpty() ? "\n\n" + turn.t("mentor.no-free-times") : "")
                + (link.isEmpty() ? "" : "\n\n" + turn.t("mentor.share", link));
        if (mentor.get().photoFileId() != null) {
            turn.showPhoto(mentor.get().photoFileId(), text, keyboard);
        } else {
            turn.showText(text, keyboard);
        }
    }

    void month(Turn turn, long mentorId, YearMonth month) {
        if (bookable(mentorId).isEmpty()) {
            turn.alert(turn.t("mentor.unavailable"));
            return;
        }
        ZoneId zone = turn.account().zone();
        YearMonth first = YearMonth.from(clock.instant().atZone(zone));
        YearMonth last = first.plusMonths(MONTHS_AHEAD);
        YearMonth shown = month.isBefore(first) || month.isAfter(last) ? first : month;
        Set<LocalDate> free = freeDays(mentorId, shown, zone);
        Optional<LocalDate> later = nextFreeDay(mentorId, shown.plusMonths(1).atDay(1), zone, last);
        InlineKeyboardMarkup calendar = MonthCalendar.of(shown, turn.language(), free::contains,
                shown.isAfter(first) ? shown.minusMonths(1) : null, later.map(YearMonth::from).orElse(null),
                m -> new MentorMonth(mentorId, m), d -> new MentorDay(mentorId, d));
        if (free.isEmpty() && later.isPresent()) {
            calendar = Keyboards.withRow(calendar, Keyboards.button(turn.t("booking.next-free.button",
                    Times.day(later.get(), turn.language())), new MentorDay(mentorId, later.get())));
        }
        calendar = Keyboards.withRow(calendar, Keyboards.button(turn.t("mentor.back-to-card"), new OpenMentor(mentorId)));
        turn.show(CalendarTexts.monthText(turn, free.isEmpty(), later.isPresent()), calendar);
    }

    /**
     * The first day from {@code from} to the end of {@code last} with a time a student can book (and the mentor's
     * calendar leaves free), if any.
     */
    Optional<LocalDate> nextFreeDay(long mentorId, LocalDate from, ZoneId zone, YearMonth last) {
        return times.nextFreeDay(mentorId, from, zone, last, 31 * (MONTHS_AHEAD + 1));
    }

    LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    void day(Turn turn, long mentorId, LocalDate day) {
        day(turn, mentorId, day, null);
    }

    /** The day's free times, under {@code lead} (why the student is back here) when there is one. */
    void day(Turn turn, long mentorId, LocalDate day, String lead) {
        if (bookable(mentorId).isEmpty()) {
            turn.alert(turn.t("mentor.unavailable"));
            return;
        }
        ZoneId zone = turn.account().zone();
        List<SlotView> free = freeSlotsOn(mentorId, day, zone);
        if (free.isEmpty()) {
            String empty = turn.t("booking.day.empty", CalendarTexts.dayTitle(turn, day, today(zone)));
            turn.show(led(lead, empty), Keyboards.column(
                    Keyboards.button(turn.t("booking.other-days"), new MentorMonth(mentorId, YearMonth.from(day)))));
            return;
        }
        InlineKeyboardMarkup times = Keyboards.grid(free.stream()
                .map(s -> Keyboards.button(Times.time(s.startsAt(), zone), new PickSlot(s.id()))).toList(), 4);
        times = Keyboards.withRow(times, Keyboards.button(turn.t("booking.other-days"),
                new MentorMonth(mentorId, YearMonth.from(day))));
        String title = turn.t("booking.day", CalendarTexts.dayTitle(turn, day, today(zone)), zone.getId());
        turn.show(led(lead, title), times);
    }

    private static String led(String lead, String text) {
        return lead == null ? text : lead + "\n\n" + text;
    }
}
