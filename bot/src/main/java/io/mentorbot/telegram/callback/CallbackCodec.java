package io.mentorbot.telegram.callback;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.mentorbot.accounts.Language;
import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.telegram.callback.CallbackAction.*; // the codec knows every action

/**
 * Turns {@link CallbackAction}s into Telegram callback data ({@code v1:<verb>:<arg>...}, at most 64 bytes)
 * and back. Decoding accepts nothing it did not make: unknown versions, verbs or malformed arguments are empty.
 */
public final class CallbackCodec {

    /** Telegram's limit for callback_data. */
    public static final int MAX_BYTES = 64;
    private static final String VERSION = "v1";

    private static final Map<String, Function<List<String>, CallbackAction>> DECODERS = Map.ofEntries(
            Map.entry("menu", args -> new OpenMenu(MenuItem.of(single(args)))),
            Map.entry("lang", args -> new ChooseLanguage(Language.fromTag(single(args)).orElseThrow())),
            Map.entry("tz", args -> new ChooseTimeZone(ZoneId.of(single(args)).getId())),
            Map.entry("erase", args -> new ConfirmErase(Long.parseLong(single(args)))),
            Map.entry("keep", args -> none(args, new KeepAccount())),
            Map.entry("em", args -> new EditEmail(oneOf(single(args), "rm", "set"))),
            Map.entry("cancel", args -> none(args, new CancelDialog())),
            Map.entry("tt", args -> new ToggleTopic(word(single(args)))),
            Map.entry("td", args -> none(args, new TopicsDone())),
            Map.entry("app", args -> new DecideApplication(Long.parseLong(args.get(0)), yesNo(args))),
            Map.entry("pf", args -> new EditProfile(ProfileField.valueOf(single(args).toUpperCase(Locale.ROOT)))),
            Map.entry("len", args -> new PickLength(Integer.parseInt(single(args)))),
            Map.entry("ns", args -> new NewSlotMode(oneOf(single(args), "week", "day"))),
            Map.entry("mon", args -> new ShowMonth(YearMonth.parse(single(args)))),
            Map.entry("day", args -> new PickDay(LocalDate.parse(single(args)))),
            Map.entry("wd", args -> new ToggleWeekday(DayOfWeek.of(Integer.parseInt(single(args))))),
            Map.entry("wdd", args -> none(args, new WeekdaysDone())),
            Map.entry("wk", args -> new PickWeeks(Integer.parseInt(single(args)))),
            Map.entry("sl", args -> new OpenSlot(Long.parseLong(single(args)))),
            Map.entry("sa", args -> new ChangeSlot(Long.parseLong(args.get(0)),
                    SlotChange.valueOf(second(args).toUpperCase(Locale.ROOT)))),
            Map.entry("sp", args -> new SlotsPage(Integer.parseInt(single(args)))),
            Map.entry("nop", args -> none(args, new Noop())),
            Map.entry("gcc", args -> none(args, new ConnectCalendar())),
            Map.entry("ml", args -> new ListMentors(word(args.get(0)), Integer.parseInt(second(args)))),
            Map.entry("om", args -> new OpenMentor(Long.parseLong(single(args)))),
            Map.entry("mm", args -> new MentorMonth(Long.parseLong(args.get(0)), YearMonth.parse(second(args)))),
            Map.entry("md", args -> new MentorDay(Long.parseLong(args.get(0)), LocalDate.parse(second(args)))),
            Map.entry("ps", args -> new PickSlot(Long.parseLong(single(args)))),
            Map.entry("cb", args -> new ConfirmBooking(Long.parseLong(single(args)))),
            Map.entry("an", args -> new AddNote(Long.parseLong(single(args)))),
            Map.entry("pay", args -> new PayBooking(Long.parseLong(single(args)))),
            Map.entry("xb", args -> new CancelBooking(Long.parseLong(single(args)))),
            Map.entry("rs", args -> new Reschedule(Long.parseLong(single(args)))),
            Map.entry("rm", args -> new RescheduleMonth(Long.parseLong(args.get(0)), YearMonth.parse(second(args)))),
            Map.entry("rd", args -> new RescheduleDay(Long.parseLong(args.get(0)), LocalDate.parse(second(args)))),
            Map.entry("rt", args -> new RescheduleTo(Long.parseLong(args.get(0)), Long.parseLong(second(args)))),
            Map.entry("mc", args -> new MentorCancel(Long.parseLong(single(args)))),
            Map.entry("mcr", args -> new MentorCancelRelease(Long.parseLong(args.get(0)),
                    oneOf(second(args), "block", "free"))),
            Map.entry("ack", args -> new AckReminder(Long.parseLong(single(args)))),
            Map.entry("held", args -> new SessionHeld(Long.parseLong(args.get(0)), yesNo(args))),
            Map.entry("rate", args -> new RateSession(Long.parseLong(args.get(0)), stars(second(args)))),
            Map.entry("rvs", args -> new SkipReviewComment(Long.parseLong(single(args)))),
            Map.entry("rvl", args -> new ShowReviews(Long.parseLong(args.get(0)), Integer.parseInt(second(args)))),
            Map.entry("rvr", args -> new ReplyReview(Long.parseLong(single(args)))),
            Map.entry("gcx", args -> none(args, new DisconnectCalendar())),
            Map.entry("av", args -> new AdminView(AdminPane.valueOf(args.get(0).toUpperCase(Locale.ROOT)),
                    Integer.parseInt(second(args)))),
            Map.entry("au", args -> new AdminUser(Long.parseLong(args.get(0)),
                    AdminUserAct.valueOf(second(args).toUpperCase(Locale.ROOT)))),
            Map.entry("am", args -> new AdminMentor(Long.parseLong(args.get(0)),
                    AdminMentorAct.valueOf(second(args).toUpperCase(Locale.ROOT)))),
            Map.entry("abl", args -> new AdminBookings(
                    BookingQuery.Filter.valueOf(third(args, 0).toUpperCase(Locale.ROOT)),
                    Long.parseLong(third(args, 1)), Integer.parseInt(third(args, 2)))),
            Map.entry("ab", args -> new AdminBooking(Long.parseLong(args.get(0)),
                    AdminBookingAct.valueOf(second(args).toUpperCase(Locale.ROOT)))),
            Map.entry("asd", args -> new AdminSlots(Long.parseLong(args.get(0)), LocalDate.parse(second(args)))),
            Map.entry("as", args -> new AdminSlot(Long.parseLong(args.get(0)),
                    AdminSlotAct.valueOf(second(args).toUpperCase(Locale.ROOT)))),
            Map.entry("aap", args -> new AdminApplication(Long.parseLong(single(args)))),
            Map.entry("asr", args -> new AdminSearch(oneOf(single(args), "m", "u"))),
            Map.entry("ax", args -> new AdminExport(anyOf(single(args), "users", "past", "next"))));

    private CallbackCodec() {
    }

    public static String encode(CallbackAction action) {
        StringBuilder data = new StringBuilder(VERSION).append(':').append(action.verb());
        for (String arg : action.args()) {
            if (arg.indexOf(':') >= 0) {
                throw new IllegalArgumentException("Callback argument must not contain ':': " + arg);
            }
            data.append(':').append(arg);
        }
        String encoded = data.toString();
        if (encoded.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("Callback data over " + MAX_BYTES + " bytes: " + encoded);
        }
        return encoded;
    }

    public static Optional<CallbackAction> decode(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        if (parts.length < 2 || !VERSION.equals(parts[0]) || !DECODERS.containsKey(parts[1])) {
            return Optional.empty();
        }
        try {
            List<String> args = Arrays.asList(parts).subList(2, parts.length);
            return Optional.of(DECODERS.get(parts[1]).apply(args));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String single(List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("one argument expected");
        }
        return args.get(0);
    }

    private static String second(List<String> args) {
        if (args.size() != 2) {
            throw new IllegalArgumentException("two arguments expected");
        }
        return args.get(1);
    }

    /** Argument {@code index} of exactly three. */
    private static String third(List<String> args, int index) {
        if (args.size() != 3) {
            throw new IllegalArgumentException("three arguments expected");
        }
        return args.get(index);
    }

    private static boolean yesNo(List<String> args) {
        return oneOf(second(args), "y", "n");
    }

    /** True for the first word, false for the second, anything else is malformed. */
    private static boolean oneOf(String value, String yes, String no) {
        if (!value.equals(yes) && !value.equals(no)) {
            throw new IllegalArgumentException(value);
        }
        return value.equals(yes);
    }

    private static String anyOf(String value, String... allowed) {
        if (!List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    private static int stars(String value) {
        int stars = Integer.parseInt(value);
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException(value);
        }
        return stars;
    }

    private static String word(String value) {
        if (!value.matches("[a-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    private static CallbackAction none(List<String> args, CallbackAction action) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("no arguments expected");
        }
        return action;
    }
}
