package io.mentorbot.reviews;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/**
 * A student's review of a completed session. Written by single statements ({@link ReviewDesk}): one review per
 * booking (a unique key decides), the comment and the mentor's reply once each.
 */
@Entity
@Table(name = "reviews")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id")
    private long bookingId;

    /** The mentor reviewed (users.id). */
    @Column(name = "mentor_id")
    private long mentorId;

    /** The author (users.id). */
    @Column(name = "student_id")
    private long studentId;

    /** The author's first name, or {@code #id} once erased: read with the review, in the same statement. */
    @Formula("(SELECT COALESCE(NULLIF(u.first_name, ''), '#' || u.id) FROM users u WHERE u.id = student_id)")
    private String studentName;

    /** 1 to 5. */
    private short stars;

    /** The student's words; {@code null} when none. */
    private String comment;

    /** The mentor's answer; {@code null} until given. */
    private String reply;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    protected Review() {
    }

    public long id() { return id; }
    public long bookingId() { return bookingId; }
    public long mentorId() { return mentorId; }
    public long studentId() { return studentId; }
    public String studentName() { return studentName; }
    public int stars() { return stars; }
    public String comment() { return comment; }
    public String reply() { return reply; }
    /** When it was written. */
    public Instant createdAt() { return createdAt; }
}
