package io.mentorbot.reviews;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.mentorbot.reviews.ReviewOutcome.Result;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.mentorbot.support.AtOnce.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each write of a review is one conditional statement: a session is reviewed once, its comment and the mentor's
 * reply are given once, however many presses arrive at once; the mentor's rating counts each review once.
 */
class ReviewRulesTest extends BotFlowTest {

    @Autowired
    ReviewDesk reviews;

    @Autowired
    PlatformTransactionManager transactions;

    private long mentor;
    private long student;
    private long booking;

    @BeforeEach
    void aCompletedSession() {
        mentor = user(821, "Iryna", true);
        student = user(822, "Petro", false);
        jdbc.sql("INSERT INTO mentor_profiles (user_id, topics, listed) VALUES (?, '{design}', true)")
                .param(mentor).update();
        Instant start = clock.instant().minusSeconds(7200);
        long slot = jdbc.sql("""
                INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, 'BOOKED') RETURNING id""")
                .params(mentor, Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)))
                .query(Long.class).single();
        booking = jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, 'COMPLETED') RETURNING id")
                .params(slot, student).query(Long.class).single();
    }

    @Test
    void aSessionRatedTwiceAtOnceIsReviewedAndCountedOnce() throws Exception {
        List<ReviewOutcome> outcomes = atOnce(() -> reviews.rate(booking, student, 5),
                () -> reviews.rate(booking, student, 3));

        assertThat(outcomes).extracting(ReviewOutcome::result)
                .containsExactlyInAnyOrder(Result.SAVED, Result.ALREADY_REVIEWED);
        assertThat(count("SELECT count(*) FROM reviews WHERE booking_id = ?", booking)).isOne();
        assertThat(count("SELECT rating_count FROM mentor_profiles WHERE user_id = ?", mentor)).isOne();
    }

    @Test
    void twoRepliesAtOnceLeaveTheOneThatLandedFirst() throws Exception {
        long review = reviews.rate(booking, student, 4).review().id();

        List<Optional<Review>> replies = atOnce(() -> reviews.reply(review, mentor, "Thank you!"),
                () -> reviews.reply(review, mentor, "Thanks, see you"));

        assertThat(replies).filteredOn(Optional::isPresent).singleElement()
                .satisfies(landed -> assertThat(reviews.find(review).orElseThrow().reply())
                        .isEqualTo(landed.orElseThrow().reply()));
    }

    @Test
    void onlyTheReviewedMentorMayReply() {
        long review = reviews.rate(booking, student, 4).review().id();

        assertThat(reviews.reply(review, student, "Great mentor")).isEmpty();
        assertThat(reviews.find(review).orElseThrow().reply()).isNull();
    }

    @Test
    void aCommentGivenInTheTransactionThatRatedIsInTheAnswer() {
        Review commented = new TransactionTemplate(transactions).execute(status -> {
            assertThat(reviews.rate(booking, student, 5).result()).isEqualTo(Result.SAVED);
            return reviews.comment(booking, student, " Clear and practical. ").orElseThrow();
        });

        assertThat(commented.comment()).isEqualTo("Clear and practical.");
        assertThat(commented.studentName()).isEqualTo("Petro");
        assertThat(reviews.comment(booking, student, "Once more")).isEmpty();
    }

    private long user(long telegramId, String firstName, boolean mentor) {
        return jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, language, time_zone, is_mentor)
                VALUES (?, ?, ?, 'EN', 'UTC', ?) RETURNING id""")
                .params(telegramId, telegramId, firstName, mentor).query(Long.class).single();
    }
}
