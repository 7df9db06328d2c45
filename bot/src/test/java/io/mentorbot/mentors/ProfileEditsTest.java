package io.mentorbot.mentors;

import java.util.concurrent.CompletableFuture;

import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile is edited as an object, yet an edit writes only what it changed: what others changed in the meantime
 * (another field, the ratings reviews keep) holds, as it did when each edit was one column's update.
 */
class ProfileEditsTest extends BotFlowTest {

    @Autowired
    MentorProfiles profiles;

    @Autowired
    ProfileRepository stored;

    @Autowired
    PlatformTransactionManager transactions;

    private long mentor;

    @BeforeEach
    void aListedMentor() {
        mentor = jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, language, time_zone, is_mentor)
                VALUES (801, 801, 'Olena', 'EN', 'UTC', true) RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, session_minutes, listed)
                VALUES (?, 'Coach', '{fitness}', 60, true)""").param(mentor).update();
    }

    @Test
    void anEditKeepsAnotherFieldAndTheRatingsChangedWhileItWasUnderway() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Profile profile = stored.findById(mentor).orElseThrow();

            CompletableFuture.runAsync(() -> {
                profiles.changeSessionMinutes(mentor, 90);
                jdbc.sql("UPDATE mentor_profiles SET rating_avg = 5, rating_count = 1 WHERE user_id = ?")
                        .param(mentor).update();
            }).join();
            profile.headline("Strength coach", clock.instant());
            stored.saveAndFlush(profile);
        });

        MentorProfile card = profiles.find(mentor).orElseThrow();
        assertThat(card.headline()).isEqualTo("Strength coach");
        assertThat(card.sessionMinutes()).isEqualTo(90);
        assertThat(card.ratingCount()).isOne();
    }

    @Test
    void anEditAfterAStatementOnTheSameProfileInOneTransactionStillLands() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            profiles.changeHeadline(mentor, "Strength coach");
            jdbc.sql("UPDATE mentor_profiles SET listed = false WHERE user_id = ?").param(mentor).update();

            profiles.changeListed(mentor, true);
        });

        assertThat(profiles.find(mentor)).hasValueSatisfying(card -> {
            assertThat(card.headline()).isEqualTo("Strength coach");
            assertThat(card.listed()).isTrue();
        });
    }
}
