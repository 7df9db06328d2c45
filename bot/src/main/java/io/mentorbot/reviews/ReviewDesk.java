package io.mentorbot.reviews;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.mentorbot.reviews.ReviewOutcome.Result;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of completed sessions: one per booking (a unique key decides), written only by the booking's student; the
 * mentor's {@code rating_avg} / {@code rating_count} move in the same transaction. The mentor may answer once. Each
 * write is one conditional statement; a {@link Review} is read through its repository. Each change is announced
 * inside its transaction ({@link ReviewPosted}, {@link ReviewCommented}, {@link ReviewAnswered}).
 */
@Service
public class ReviewDesk {

    /** The longest comment or reply. */
    public static final int TEXT_MAX_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final ReviewRepository reviews;
    private final EntityManager entities;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewDesk(JdbcClient jdbc, ReviewRepository reviews, EntityManager entities, Clock clock,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.entities = entities;
        this.clock = clock;
        this.events = events;
    }

    /** Rates the student's own COMPLETED session, once. */
    @Transactional
    public ReviewOutcome rate(long bookingId, long studentId, int stars) {
        if (stars < 1 || stars > 5) {
            return ReviewOutcome.refused(Result.NOT_REVIEWABLE);
        }
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO reviews (booking_id, mentor_id, student_id, stars, created_at)
                        SELECT b.id, s.mentor_id, b.student_id, :stars, :now
                          FROM bookings b JOIN slots s ON s.id = b.slot_id
                         WHERE b.id = :booking AND b.student_id = :student AND b.status = 'COMPLETED'
                        ON CONFLICT (booking_id) DO NOTHING
                        RETURNING id
                        """)
                .param("stars", stars).param("now", Timestamp.from(clock.instant()))
                .param("booking", bookingId).param("student", studentId).query(Long.class).optional();
        if (id.isEmpty()) {
            boolean reviewed = reviews.existsByBookingIdAndStudentId(bookingId, studentId);
            return ReviewOutcome.refused(reviewed ? Result.ALREADY_REVIEWED : Result.NOT_REVIEWABLE);
        }
        Review review = find(id.get()).orElseThrow();
        // One row update: concurrent reviews of one mentor queue on the profile row and each counts once.
        jdbc.sql("""
                UPDATE mentor_profiles
                   SET rating_avg = ROUND((COALESCE(rating_avg, 0) * rating_count + :stars) / (rating_count + 1), 2),
                       rating_count = rating_count + 1
                 WHERE user_id = :mentor
                """).param("stars", stars).param("mentor", review.mentorId()).update();
        events.publishEvent(new ReviewPosted(review.id(), bookingId, review.mentorId(), studentId, stars));
        return new ReviewOutcome(Result.SAVED, review);
    }

    /** Adds the student's comment to their review, once; false when there is nothing to add it to. */
    @Transactional
    public Optional<Review> comment(long bookingId, long studentId, String text) {
        int changed = reviews.comment(bookingId, studentId, text.strip());
        if (changed != 1) {
            return Optional.empty();
        }
        Optional<Review> review = forBooking(bookingId);
        review.ifPresent(r -> events.publishEvent(new ReviewCommented(r.id(), bookingId, r.mentorId(), studentId)));
        return review;
    }

    /** The mentor's one answer to a review of them; empty when not theirs or already answered. */
    @Transactional
    public Optional<Review> reply(long reviewId, long mentorId, String text) {
        int changed = reviews.reply(reviewId, mentorId, text.strip(), clock.instant());
        if (changed != 1) {
            return Optional.empty();
        }
        Optional<Review> review = find(reviewId);
        review.ifPresent(r -> events.publishEvent(new ReviewAnswered(reviewId, mentorId, r.studentId())));
        return review;
    }

    @Transactional(readOnly = true)
    public Optional<Review> find(long reviewId) {
        return reviews.findById(reviewId).map(this::unmanaged);
    }

    @Transactional(readOnly = true)
    public Optional<Review> forBooking(long bookingId) {
        return reviews.findByBookingId(bookingId).map(this::unmanaged);
    }

    /** A page of the mentor's reviews, newest first. */
    @Transactional(readOnly = true)
    public List<Review> latest(long mentorId, int page, int size) {
        return reviews.findByMentorIdOrderByCreatedAtDescIdDesc(mentorId, PageRequest.of(page, size)).stream()
                .map(this::unmanaged).toList();
    }

    @Transactional(readOnly = true)
    public int count(long mentorId) {
        return reviews.countByMentorId(mentorId);
    }

    /**
     * The review as it was read, not kept in the persistence context: it is written by statements, and a kept copy
     * would hide their effect from a later read in the same transaction (a review rated, then commented on).
     */
    private Review unmanaged(Review review) {
        entities.detach(review);
        return review;
    }
}
