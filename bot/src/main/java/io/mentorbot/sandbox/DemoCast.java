package io.mentorbot.sandbox;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import io.mentorbot.accounts.Language;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * Who lives on the demo platform. Telegram ids are {@link #FIRST_ID} (2^52) plus: students 1001.., mentors 2001..,
 * the admin 3001, personas added in the web chat 5001.. (see {@link Personas}).
 */
final class DemoCast {

    /**
     * Where demo Telegram ids start: 2^52. Real Telegram user ids are positive and have at most 52 significant bits
     * (the Bot API says so), so no real account can ever be a demo person, even on a database the sandbox seeded and
     * a real bot later runs on. The ids stay positive (a private chat's id is its user's id; negative chat ids are
     * groups) and below 2^53, so the web chat's JavaScript numbers hold them exactly.
     */
    static final long FIRST_ID = 1L << 52;
    /** The demo Telegram id with this number. */
    static long id(long number) {
        return FIRST_ID + number;
    }

    /** A student or the admin. */
    record Person(long telegramId, String firstName, Language language) {
    }

    /**
     * A mentor with their card (written in the mentor's language) and weekly hours (in their own time zone).
     *
     * @param review a past session's stars and comment from the first student, or {@code null}
     */
    record Mentor(long telegramId, String firstName, Language language, List<String> topics, String headline,
                  String bio, long priceMinor, int sessionMinutes, Set<DayOfWeek> days, LocalTime from,
                  LocalTime to, Review review) {
    }

    record Review(int stars, String comment) {
    }

    static final String CURRENCY = "UAH";

    static final List<Person> STUDENTS = List.of(
            new Person(id(1001), "Sam", Language.EN),
            new Person(id(1002), "Oksana", Language.UK));

    static final Person ADMIN = new Person(id(3001), "Ada", Language.EN);

    static final List<Mentor> MENTORS = List.of(
            new Mentor(id(2001), "Iryna Koval", Language.EN, List.of("programming", "career"),
                    "Backend engineer, Java and Spring",
                    "Ten years of building payment and booking systems. I help with Spring Boot, SQL, code reviews "
                            + "and preparing for interviews.",
                    0, 60, Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), LocalTime.of(18, 0),
                    LocalTime.of(20, 0), new Review(5, "Clear answers and a concrete plan for my service.")),
            new Mentor(id(2002), "Marco Rossi", Language.EN, List.of("fitness"),
                    "Strength coach",
                    "Certified strength and conditioning coach. Programmes for beginners, home workouts and "
                            + "getting back after an injury.",
                    40_000, 45, Set.of(MONDAY, WEDNESDAY, FRIDAY, SATURDAY), LocalTime.of(8, 0),
                    LocalTime.of(9, 30), new Review(4, "A programme I can actually follow at home.")),
            new Mentor(id(2003), "Olena Shevchenko", Language.UK, List.of("investing"),
                    "Особисті фінанси та індексне інвестування",
                    "Бюджет, резервний фонд, індексні фонди й облігації: пояснюю без жаргону, з прикладами для "
                            + "України.",
                    80_000, 60, Set.of(TUESDAY, THURSDAY), LocalTime.of(10, 0), LocalTime.of(13, 0), null),
            new Mentor(id(2004), "James Carter", Language.EN, List.of("languages"),
                    "English conversation and IELTS",
                    "Native speaker from Bristol. Speaking practice, IELTS strategy and feedback on your writing.",
                    0, 30, Set.of(MONDAY, WEDNESDAY, SATURDAY, SUNDAY), LocalTime.of(12, 0),
                    LocalTime.of(14, 0), new Review(5, "Friendly and patient, my speaking got so much better.")),
            new Mentor(id(2005), "Yuki Tanaka", Language.EN, List.of("design"),
                    "Product designer: UI, UX and portfolios",
                    "Eight years in product teams. Portfolio reviews, Figma workflows and usability testing.",
                    60_000, 60, Set.of(TUESDAY, FRIDAY), LocalTime.of(15, 0), LocalTime.of(18, 0), null),
            new Mentor(id(2006), "Taras Bondar", Language.UK, List.of("music", "marketing"),
                    "Викладач гітари й музичний маркетинг",
                    "Гітара від перших акордів до сцени, а ще як зробити, щоб вашу музику почули.",
                    25_000, 45, Set.of(WEDNESDAY, SATURDAY), LocalTime.of(17, 0), LocalTime.of(19, 15), null));

    private DemoCast() {
    }
}
