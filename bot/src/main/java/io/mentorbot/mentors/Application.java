package io.mentorbot.mentors;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An application to become a mentor. Filed and decided by single statements ({@link MentorOnboarding}): the database
 * keeps one pending application per person and lets only one decision land, however many admins press at once.
 */
@Entity
@Table(name = "mentor_applications")
public class Application {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> topics;

    private String headline;

    private String bio;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(16)")
    private Status status;

    private String reason;

    /** The admin who decided it; {@code null} while pending or when it approved itself. */
    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Application() {
    }

    public long id() { return id; }
    public long userId() { return userId; }
    public List<String> topics() { return List.copyOf(topics); }
    public String headline() { return headline; }
    public String bio() { return bio; }
    public Status status() { return status; }
    /** Why it was rejected; {@code null} otherwise. */
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
    /** When an admin decided; {@code null} while pending. */
    public Instant decidedAt() { return decidedAt; }
}
