package io.mentorbot.accounts;

import java.time.Instant;

import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The visit that starts every update, and changes made through the desk in the same transaction. */
class AccountDeskTest extends BotFlowTest {

    private static final Instant NOON = Instant.parse("2027-03-15T10:00:00Z");
    private static final Visitor JOHN = new Visitor(4401, 4401, "John", "Smith", "johnny", "en");

    @Autowired
    AccountDesk accounts;

    @Autowired
    PlatformTransactionManager transactions;

    private TransactionTemplate transaction;

    @BeforeEach
    void atNoon() {
        clock.setTo(NOON);
        transaction = new TransactionTemplate(transactions);
    }

    @Test
    void aFirstVisitRegistersTheVisitorAndTheNextOneKnowsThem() {
        Visit first = transaction.execute(status -> accounts.visit(JOHN));
        Visit second = transaction.execute(status -> accounts.visit(JOHN));

        assertThat(first.newcomer()).isTrue();
        assertThat(first.account().language()).isEqualTo(Language.EN);
        assertThat(first.account().lastSeenAt()).isEqualTo(NOON);
        assertThat(second.newcomer()).isFalse();
        assertThat(second.account().id()).isEqualTo(first.account().id());
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 4401")).isOne();
    }

    @Test
    void aVisitThatChangesNothingWritesNothing() {
        transaction.executeWithoutResult(status -> accounts.visit(JOHN));
        String version = rowVersion();
        clock.setTo(NOON.plusSeconds(30)); // within the minute that last-seen is kept to

        transaction.executeWithoutResult(status -> accounts.visit(JOHN));

        assertThat(rowVersion()).isEqualTo(version);
    }

    @Test
    void aVisitWritesTheNewLastSeenMinuteAndNewNames() {
        transaction.executeWithoutResult(status -> accounts.visit(JOHN));
        clock.setTo(NOON.plusSeconds(90));

        transaction.executeWithoutResult(status -> accounts.visit(
                new Visitor(4401, 4401, "Johnny", "Smith", "johnny", "en")));

        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 4401 AND first_name = 'Johnny'"
                + " AND last_seen_at = ?", java.sql.Timestamp.from(NOON.plusSeconds(90)))).isOne();
    }

    @Test
    void aChangeMadeThroughTheDeskShowsInTheVisitedAccountAtOnce() {
        Account seen = transaction.execute(status -> {
            Account visited = accounts.visit(JOHN).account();
            accounts.changeLanguage(visited.id(), Language.UK);
            accounts.pause(visited.id(), true);
            return visited;
        });

        assertThat(seen.language()).isEqualTo(Language.UK);
        assertThat(seen.isPaused()).isTrue();
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 4401 AND language = 'UK' AND paused"))
                .isOne();
    }

    @Test
    void aChangeWritesOnlyItsOwnColumnsAndKeepsABlockMadeMeanwhile() {
        long id = transaction.execute(status -> accounts.visit(JOHN)).account().id();

        transaction.executeWithoutResult(status -> {
            accounts.visit(JOHN);
            // someone else blocks the account after this transaction read it (here: the same row, by a plain statement)
            jdbc.sql("UPDATE users SET blocked = true WHERE id = ?").param(id).update();
            accounts.changeLanguage(id, Language.UK);
        });

        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND blocked AND language = 'UK'", id)).isOne();
    }

    private String rowVersion() {
        return jdbc.sql("SELECT xmin::text FROM users WHERE telegram_id = 4401").query(String.class).single();
    }
}
