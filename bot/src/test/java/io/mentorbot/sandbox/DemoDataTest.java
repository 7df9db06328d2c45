package io.mentorbot.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import io.mentorbot.stats.PlatformSnapshot;
import io.mentorbot.stats.PlatformStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo platform a sandbox starts with: seeded once, consistent, and back as new after a reset. */
class DemoDataTest extends SandboxAppTest {

    @Autowired
    PlatformStats stats;

    @BeforeEach
    void freshDemoPlatform() {
        demo.reset();
    }

    @Test
    void mentorsAcrossTopicsWithPhotosPricesAndFreeSlotsOverTheNextTwoWeeks() {
        assertThat(jdbc.sql("SELECT DISTINCT unnest(topics) FROM mentor_profiles").query(String.class).list())
                .contains("programming", "fitness", "investing", "languages", "design");
        assertThat(count("SELECT count(*) FROM mentor_profiles p JOIN users u ON u.id = p.user_id "
                + "WHERE p.listed AND u.is_mentor AND p.bio IS NOT NULL")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE price_minor = 0")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE price_minor > 0")).isEqualTo(4);
        for (String photo : jdbc.sql("SELECT photo_file_id FROM mentor_profiles").query(String.class).list()) {
            assertThat(emulator.file(photo)).hasValueSatisfying(f -> assertThat(f.bytes()).startsWith(0x89, 'P'));
        }
        assertThat(count("""
                SELECT count(DISTINCT mentor_id) FROM slots WHERE status = 'FREE'
                   AND starts_at BETWEEN now() AND now() + interval '15 days'
                """)).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM slots WHERE starts_at > now() + interval '15 days'")).isZero();
    }

    @Test
    void reviewsOfPastSessionsCountInTheMentorsRatings() {
        assertThat(count("SELECT count(*) FROM reviews WHERE comment IS NOT NULL")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'COMPLETED'")).isEqualTo(3);
        assertThat(count("SELECT sum(rating_count) FROM mentor_profiles")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT rating_avg FROM mentor_profiles p JOIN users u ON u.id = p.user_id "
                + "WHERE u.telegram_id = ?").param(DemoCast.id(2002)).query(Double.class).single()).isEqualTo(4.0);
    }

    @Test
    void theAdminIsAnAdminAndTheStudentsAreNot() {
        assertThat(count("SELECT count(*) FROM users WHERE is_admin AND telegram_id = ?", DemoCast.ADMIN.telegramId()))
                .isOne();
        assertThat(count("SELECT count(*) FROM users WHERE is_admin")).isOne();
        assertThat(count("SELECT count(*) FROM users WHERE NOT is_mentor AND NOT is_admin")).isEqualTo(2);
    }

    @Test
    void everyDemoPersonHasATelegramIdNoRealAccountCanHave() {
        http().post().uri("/sandbox/api/personas").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Added", "language", "en")).retrieve().toBodilessEntity();

        // Real user ids are positive and below 2^52; the page's JavaScript holds integers exactly below 2^53.
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id < 2^52 OR chat_id < 2^52")).isZero();
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id >= 2^53 OR chat_id >= 2^53")).isZero();
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(10);
    }

    @Test
    void theDemoAdminIsAnAdminByATemporaryGrantRenewedAtEachStart() {
        Instant seeded = grantOfAda();
        assertThat(seeded).isBetween(Instant.now().plus(DemoData.ADMIN_FOR).minusSeconds(60),
                Instant.now().plus(DemoData.ADMIN_FOR));
        jdbc.sql("UPDATE users SET admin_until = now() + interval '1 hour' WHERE telegram_id = ?")
                .param(DemoCast.ADMIN.telegramId()).update();

        demo.seedIfEmpty(); // as at the next start

        assertThat(grantOfAda()).isAfter(Instant.now().plus(DemoData.ADMIN_FOR).minusSeconds(60));
        assertThat(count("SELECT count(*) FROM users WHERE is_admin AND admin_until IS NULL")).isZero();
    }

    @Test
    void aDemoAnOlderVersionSeededWithRealIdsIsSeededAgain() {
        jdbc.sql("UPDATE users SET telegram_id = 1001, chat_id = 1001 WHERE telegram_id = ?")
                .param(DemoCast.id(1001)).update();

        assertThat(demo.seedIfEmpty()).isTrue();

        assertThat(count("SELECT count(*) FROM users WHERE telegram_id < 2^52")).isZero();
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(9);
    }

    @Test
    void theTriggerKeptStatisticsAgreeWithACountFromScratch() {
        PlatformSnapshot kept = stats.snapshot(ZoneId.of("UTC"));
        jdbc.sql("SELECT stats_recount()").query((rs, n) -> n).list();

        assertThat(stats.snapshot(ZoneId.of("UTC"))).isEqualTo(kept);
        assertThat(kept.mentors()).isEqualTo(6);
        assertThat(kept.users()).isEqualTo(9);
    }

    @Test
    void aSecondStartDoesNotSeedAgain() {
        long slots = count("SELECT count(*) FROM slots");
        send(DemoCast.id(1001), "/start");

        assertThat(demo.seedIfEmpty()).isFalse();

        assertThat(count("SELECT count(*) FROM users")).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM slots")).isEqualTo(slots);
        assertThat(count("SELECT count(*) FROM reviews")).isEqualTo(3);
    }

    @Test
    void photosTheEmulatorNoLongerHoldsAreGivenBackAtTheNextStart() {
        String before = photoOf(DemoCast.id(2001));
        emulator.reset(); // as after a restart: the emulator lives in memory, the database does not

        demo.seedIfEmpty();

        String after = photoOf(DemoCast.id(2001));
        assertThat(after).isNotEqualTo(before);
        assertThat(emulator.file(after)).isPresent();
    }

    @Test
    void resetWipesWhatPeopleDidAndSeedsTheSameDemoAgain() {
        jdbc.sql("UPDATE mentor_profiles SET headline = 'changed'").update();
        send(DemoCast.id(1001), "/start");

        demo.reset();

        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE headline = 'changed'")).isZero();
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
        assertThat(emulator.chat(DemoCast.id(1001)).messages()).isEmpty();
    }

    @Test
    void aDatabaseTheSandboxDidNotCreateIsNeitherShownNorWiped() {
        jdbc.sql("DELETE FROM sandbox_demo").update(); // as a real platform's database started without a token
        try {
            assertThat(demo.seedIfEmpty()).isFalse();
            assertThatThrownBy(demo::reset).isInstanceOf(DemoData.ForeignDatabase.class);
            RestClient http = http();
            ResponseEntity<Map<String, Object>> personas = http.get().uri("/sandbox/api/personas").retrieve()
                    .toEntity(OBJECT);
            ResponseEntity<Map<String, Object>> reset = http.post().uri("/sandbox/api/reset").retrieve()
                    .toEntity(OBJECT);

            assertThat(personas.getStatusCode().value()).isEqualTo(409);
            assertThat(String.valueOf(personas.getBody().get("error"))).contains("did not create");
            assertThat(reset.getStatusCode().value()).isEqualTo(409);
            assertThat(count("SELECT count(*) FROM users")).isEqualTo(9);
        } finally {
            jdbc.sql("INSERT INTO sandbox_demo DEFAULT VALUES").update();
        }
    }

    private Instant grantOfAda() {
        return jdbc.sql("SELECT admin_until FROM users WHERE telegram_id = ?").param(DemoCast.ADMIN.telegramId())
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private void send(long telegramId, String text) {
        var user = emulator.user(telegramId, "x", "en");
        user.sendText(text);
        awaitUntil(() -> !user.chat().messages().isEmpty());
    }

    private String photoOf(long telegramId) {
        return jdbc.sql("SELECT p.photo_file_id FROM mentor_profiles p JOIN users u ON u.id = p.user_id "
                + "WHERE u.telegram_id = ?").param(telegramId).query(String.class).single();
    }
}
