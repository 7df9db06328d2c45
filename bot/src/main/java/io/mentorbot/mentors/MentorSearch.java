package io.mentorbot.mentors;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.mentorbot.bookings.BookingSettings;
import io.mentorbot.payments.Checkout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue with filters, for clients that offer more than the bot's topic picker: the same listed mentors
 * ({@link MentorDirectory#BOOKABLE}) in the same order (nearest bookable free slot first, then by rating), narrowed by
 * topic, words in the name or headline, price and a minimum rating. Answers are reused for a few seconds, as the
 * bot's pages ({@link CatalogueCache}).
 */
@Service
public class MentorSearch {

    /** Which prices a search keeps. */
    public enum Price { ANY, FREE, PAID }

    /**
     * A search: every filter but the page is optional ({@code null}, or {@link Price#ANY}).
     *
     * @param topic     a topic code the mentor teaches
     * @param text      words found (case-insensitively, as one phrase) in the name, username or headline
     * @param minRating the lowest average rating kept (mentors without reviews are left out when set)
     */
    public record Query(String topic, String text, Price price, BigDecimal minRating, int page, int size) {
    }

    /** One page of mentors and how many the search finds in all. */
    public record Found(List<MentorSummary> mentors, int total) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BookingSettings bookingSettings;
    private final CatalogueCache catalogue;
    private final Checkout checkout;

    MentorSearch(JdbcClient jdbc, Clock clock, BookingSettings bookingSettings, CatalogueCache catalogue,
                 Checkout checkout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bookingSettings = bookingSettings;
        this.catalogue = catalogue;
        this.checkout = checkout;
    }

    private record Total(String topic, String text, Price price, BigDecimal minRating, boolean paid) {
    }

    private record Page(Query query, boolean paid) {
    }

    @Transactional(readOnly = true)
    public Found find(Query query) {
        boolean paid = checkout.takesPayments(); // without a provider every session is free, and reads so
        int total = catalogue.get(new Total(query.topic(), query.text(), query.price(), query.minRating(), paid),
                () -> count(query, paid));
        List<MentorSummary> mentors = total <= (long) query.page() * query.size() ? List.of()
                : catalogue.get(new Page(query, paid), () -> read(query, paid));
        return new Found(mentors, total);
    }

    private int count(Query query, boolean paid) {
        return bind(jdbc.sql("SELECT count(*)\n" + from(query, paid)), query).query(Integer.class).single();
    }

    private List<MentorSummary> read(Query query, boolean paid) {
        String sql = """
                SELECT u.id, u.first_name, u.last_name, u.username, p.headline, p.topics, p.price_minor,
                       p.currency, p.session_minutes, p.rating_avg, p.rating_count,
                       p.photo_file_id IS NOT NULL AS has_photo,
                       (SELECT min(s.starts_at) FROM slots s
                         WHERE s.mentor_id = u.id AND s.status = 'FREE' AND s.starts_at > :now) AS next_free
                """ + from(query, paid) + """
                 ORDER BY next_free NULLS LAST, rating_avg DESC NULLS LAST, id
                 LIMIT :size OFFSET :offset
                """;
        JdbcClient.StatementSpec statement = bind(jdbc.sql(sql), query)
                .param("now", Timestamp.from(bookingSettings.earliestStart(clock.instant())))
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size());
        return List.copyOf(statement.query((rs, n) -> paid ? MentorDirectory.summary(rs)
                : MentorDirectory.summary(rs).asFree()).list());
    }

    /** FROM and WHERE: the listed mentors, with a condition per filter that is set. */
    private static String from(Query query, boolean paid) {
        StringBuilder where = new StringBuilder("""
                  FROM mentor_profiles p JOIN users u ON u.id = p.user_id
                 WHERE\s""").append(MentorDirectory.BOOKABLE).append('\n');
        if (query.topic() != null) {
            where.append("   AND :topic = ANY (p.topics)\n");
        }
        if (query.text() != null) {
            where.append("   AND concat_ws(' ', u.first_name, u.last_name, u.username, p.headline)"
                    + " ILIKE :text ESCAPE '\\'\n");
        }
        if (query.price() == Price.FREE && paid) {
            where.append("   AND p.price_minor = 0\n");
        } else if (query.price() == Price.PAID) {
            where.append(paid ? "   AND p.price_minor > 0\n" : "   AND false\n");
        }
        if (query.minRating() != null) {
            where.append("   AND p.rating_avg >= :minRating\n");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Query query) {
        if (query.topic() != null) {
            statement = statement.param("topic", query.topic());
        }
        if (query.text() != null) {
            statement = statement.param("text", "%" + query.text().strip()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.minRating() != null) {
            statement = statement.param("minRating", query.minRating());
        }
        return statement;
    }
}
