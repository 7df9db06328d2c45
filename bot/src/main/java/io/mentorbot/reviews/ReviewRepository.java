package io.mentorbot.reviews;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByBookingId(long bookingId);

    boolean existsByBookingIdAndStudentId(long bookingId, long studentId);

    /** Newest first. */
    List<Review> findByMentorIdOrderByCreatedAtDescIdDesc(long mentorId, Pageable page);

    int countByMentorId(long mentorId);

    /** The student's one comment on their review; 0 when there is no review of theirs or it has a comment. */
    @Modifying
    @Transactional
    @Query("""
            UPDATE Review r SET r.comment = :text
             WHERE r.bookingId = :bookingId AND r.studentId = :studentId AND r.comment IS NULL
            """)
    int comment(long bookingId, long studentId, String text);

    /** The mentor's one reply; 0 when the review is not of them or has a reply. */
    @Modifying
    @Transactional
    @Query("""
            UPDATE Review r SET r.reply = :text, r.repliedAt = :now
             WHERE r.id = :reviewId AND r.mentorId = :mentorId AND r.reply IS NULL
            """)
    int reply(long reviewId, long mentorId, String text, Instant now);
}
