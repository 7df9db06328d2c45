package io.mentorbot.mentors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.mentorbot.bookings.BookingSettings;
import io.mentorbot.payments.Checkout;
import io.mentorbot.support.BotFlowTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue (topic counts, pages of mentors, a mentor's bookable profile) is reused for catalogue-cache-ttl,
 * measured on the application's clock. A change made through the profile desk shows at once; a change made
 * elsewhere (another instance, an account paused) shows once the TTL has passed. The flow tests run with the cache
 * off, so every screen there reads afresh.
 */
class CatalogueCacheTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-03-01T06:00:00Z");

    @Autowired
    BookingSettings bookingSettings;

    @Autowired
    Checkout checkout;

    @Autowired
    ProfileRepository stored;

    @Autowired
    EntityManager entities;

    private MentorProfiles profiles;
    private MentorDirectory directory;

    @BeforeEach
    void aCatalogueKeptForFiveSeconds() {
        clock.setTo(NOW);
        MentorSettings settings = new MentorSettings(true, null, null, null, null, Duration.ofSeconds(5));
        CatalogueCache cache = new CatalogueCache(settings, clock);
        profiles = new MentorProfiles(jdbc, stored, entities, settings, cache, checkout, clock, event -> { });
        directory = new MentorDirectory(jdbc, clock, bookingSettings, cache, checkout);
    }

    @Test
    void aChangeMadeElsewhereShowsOnceTheTtlHasPassed() {
        long anna = mentor(701, "Anna", "programming");
        assertThat(names(directory.page(null, 0, 10))).containsExactly("Anna M");
        assertThat(directory.count("programming")).isOne();
        assertThat(directory.topicCounts().of("programming")).isOne();
        assertThat(profiles.findBookable(anna)).isPresent();

        jdbc.sql("UPDATE users SET paused = true WHERE id = ?").param(anna).update(); // not through the desk
        clock.setTo(NOW.plusSeconds(4));
        assertThat(names(directory.page(null, 0, 10))).containsExactly("Anna M");
        assertThat(directory.count("programming")).isOne();
        assertThat(directory.topicCounts().of("programming")).isOne();
        assertThat(profiles.findBookable(anna)).isPresent();

        clock.setTo(NOW.plusSeconds(5));
        assertThat(directory.page(null, 0, 10)).isEmpty();
        assertThat(directory.count("programming")).isZero();
        assertThat(directory.topicCounts().total()).isZero();
        assertThat(profiles.findBookable(anna)).isEmpty();
    }

    @Test
    void aChangeThroughTheProfileDeskShowsAtOnce() {
        long anna = mentor(702, "Anna", "programming");
        long boris = mentor(703, "Boris", "fitness");
        assertThat(names(directory.page(null, 0, 10))).containsExactlyInAnyOrder("Anna M", "Boris M");
        assertThat(profiles.findBookable(boris)).isPresent();

        profiles.changeListed(boris, false);
        assertThat(names(directory.page(null, 0, 10))).containsExactly("Anna M");
        assertThat(directory.topicCounts().of("fitness")).isZero();
        assertThat(profiles.findBookable(boris)).isEmpty();

        profiles.changeTopics(anna, List.of("fitness"));
        assertThat(directory.count("fitness")).isOne();
        assertThat(directory.count("programming")).isZero();
        assertThat(profiles.findBookable(anna)).hasValueSatisfying(p -> assertThat(p.topics()).containsExactly("fitness"));
    }

    private long mentor(long telegramId, String firstName, String topic) {
        long id = jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, last_name, language, time_zone, is_mentor)
                VALUES (?, ?, ?, 'M', 'EN', 'Europe/Kyiv', true) RETURNING id""")
                .params(telegramId, telegramId, firstName).query(Long.class).single();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Mentor', ?, true)")
                .params(id, new String[] {topic}).update();
        return id;
    }

    private static List<String> names(List<MentorSummary> page) {
        return page.stream().map(MentorSummary::name).toList();
    }
}
