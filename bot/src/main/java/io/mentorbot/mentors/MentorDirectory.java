package io.mentorbot.mentors;

import java.sql.Array;
import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mentorbot.accounts.AccountStanding;
import io.mentorbot.bookings.BookingSettings;
import io.mentorbot.payments.Checkout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of mentors students can book. */
@Service
public class MentorDirectory {

    /** The mentors students may book ({@code u}: the user, {@code p}: the profile), as booking itself decides. */
    static final String BOOKABLE = AccountStanding.bookableMentor("u", "p");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BookingSettings bookingSettings;
    private final CatalogueCache catalogue;
    private final Checkout checkout;

    MentorDirectory(JdbcClient jdbc, Clock clock, BookingSettings bookingSettings, CatalogueCache catalogue,
                    Checkout checkout) {
        this.checkout = checkout;
        this.jdbc = jdbc;
        this.clock = clock;
        this.bookingSettings = bookingSettings;
        this.catalogue = catalogue;
    }

    private record Page(String topic, int page, int size) {
    }

    private record Count(String topic) {
    }

    private record Topics() {
    }

    /** Listed, active mentors for a first look: those with the nearest free slot first, then by rating. */
    @Transactional(readOnly = true)
    public List<MentorSummary> featured(int limit) {
        return page(null, 0, limit);
    }

    /**
     * A page of the catalogue, optionally of one topic: mentors with the nearest free slot first, then by rating;
     * mentors with no free slot come last. A free slot counts from when a booking is still possible (now plus the
     * minimum notice), so the time the catalogue shows can be booked. Reused for a few seconds
     * ({@link CatalogueCache}).
     */
    @Transactional(readOnly = true)
    public List<MentorSummary> page(String topic, int page, int size) {
        return catalogue.get(new Page(topic, page, size), () -> readPage(topic, page, size));
    }

    private List<MentorSummary> readPage(String topic, int page, int size) {
        String sql = """
                SELECT u.id, u.first_name, u.last_name, u.username, p.headline, p.topics, p.price_minor,
                       p.currency, p.session_minutes, p.rating_avg, p.rating_count,
                       p.photo_file_id IS NOT NULL AS has_photo,
                       (SELECT min(s.starts_at) FROM slots s
                         WHERE s.mentor_id = u.id AND s.status = 'FREE' AND s.starts_at > :now) AS next_free
                """ + listed(topic) + """
                 ORDER BY next_free NULLS LAST, rating_avg DESC NULLS LAST, id
                 LIMIT :size OFFSET :offset
                """;
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("now", java.sql.Timestamp.from(bookingSettings.earliestStart(clock.instant())))
                .param("size", size)
                .param("offset", page * size);
        if (topic != null) {
            statement = statement.param("topic", topic);
        }
        boolean paid = checkout.takesPayments(); // without a provider every session is free, and reads so
        return List.copyOf(statement.query((rs, n) -> paid ? summary(rs) : summary(rs).asFree()).list());
    }

    /** How many mentors the catalogue lists, optionally of one topic (reused for a few seconds, as the pages). */
    @Transactional(readOnly = true)
    public int count(String topic) {
        return catalogue.get(new Count(topic), () -> readCount(topic));
    }

    private int readCount(String topic) {
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT count(*)\n" + listed(topic));
        if (topic != null) {
            statement = statement.param("topic", topic);
        }
        return statement.query(Integer.class).single();
    }

    /**
     * FROM and WHERE of the listed, active mentors, of one topic when it is not null ({@code :topic}). Two statement
     * texts rather than one with "(:topic IS NULL OR ...)": each keeps one cached plan that fits it. With the optional
     * filter PostgreSQL's cached plan for the whole catalogue was several times slower, and switching the parameter
     * between null and a topic made the driver prepare the statement again.
     */
    private static String listed(String topic) {
        return """
                  FROM mentor_profiles p JOIN users u ON u.id = p.user_id
                 WHERE\s""" + BOOKABLE + "\n" + (topic == null ? "" : "   AND :topic = ANY (p.topics)\n");
    }

    /**
     * How many mentors the catalogue lists in all ({@link TopicCounts#total()}) and per topic, in one query: the
     * topic picker shows only topics that have someone. Reused for a few seconds, as the pages.
     */
    @Transactional(readOnly = true)
    public TopicCounts topicCounts() {
        return catalogue.get(new Topics(), this::readTopicCounts);
    }

    private TopicCounts readTopicCounts() {
        Map<String, Integer> byTopic = new HashMap<>();
        int[] total = {0};
        jdbc.sql("""
                SELECT t.topic, GROUPING(t.topic) AS everyone, count(DISTINCT p.user_id) AS mentors
                  FROM mentor_profiles p JOIN users u ON u.id = p.user_id
                  LEFT JOIN LATERAL unnest(p.topics) AS t(topic) ON true
                 WHERE\s""" + BOOKABLE + """
                 GROUP BY ROLLUP (t.topic)
                """).query(rs -> {
                    if (rs.getInt("everyone") == 1) {
                        total[0] = rs.getInt("mentors");
                    } else if (rs.getString("topic") != null) {
                        byTopic.put(rs.getString("topic"), rs.getInt("mentors"));
                    }
                });
        return new TopicCounts(total[0], Map.copyOf(byTopic));
    }

    /** Listed mentors in all and per topic (topics with nobody are absent). */
    public record TopicCounts(int total, Map<String, Integer> byTopic) {
        public int of(String topic) {
            return byTopic.getOrDefault(topic, 0);
        }
    }

    static MentorSummary summary(ResultSet rs) throws SQLException {
        String name = ((nz(rs.getString("first_name")) + " " + nz(rs.getString("last_name")))).trim();
        if (name.isEmpty()) {
            name = rs.getString("username") != null ? "@" + rs.getString("username") : "#" + rs.getLong("id");
        }
        Array topics = rs.getArray("topics");
        List<String> topicList = topics == null ? List.of() : Arrays.asList((String[]) topics.getArray());
        return new MentorSummary(rs.getLong("id"), name, rs.getString("headline"), topicList,
                rs.getLong("price_minor"), rs.getString("currency").trim(), rs.getInt("session_minutes"),
                rs.getBigDecimal("rating_avg"), rs.getInt("rating_count"),
                rs.getTimestamp("next_free") == null ? null : rs.getTimestamp("next_free").toInstant(),
                rs.getBoolean("has_photo"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
