package io.mentorbot.mentors;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A mentor's profile as the mentor edits it. Only the columns an edit changed are written ({@link DynamicUpdate}), so
 * two edits of different fields at the same time both hold, as each was one column's update before. The ratings are
 * not part of it: reviews move them with one statement each, and the card ({@link MentorProfile}) reads them.
 */
@Entity
@DynamicUpdate
@Table(name = "mentor_profiles")
class Profile {

    @Id
    @Column(name = "user_id")
    private Long mentorId;

    private String headline;

    private String bio;

    @Column(name = "photo_file_id")
    private String photoFileId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> topics;

    @Column(name = "price_minor")
    private long priceMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    @Column(name = "session_minutes")
    private int sessionMinutes;

    private boolean listed;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Profile() {
    }

    void headline(String headline, Instant now) { this.headline = headline; touched(now); }
    void bio(String bio, Instant now) { this.bio = bio; touched(now); }
    void photo(String fileId, Instant now) { this.photoFileId = fileId; touched(now); }
    void topics(List<String> topics, Instant now) { this.topics = List.copyOf(topics); touched(now); }
    void sessionMinutes(int minutes, Instant now) { this.sessionMinutes = minutes; touched(now); }
    void listed(boolean listed, Instant now) { this.listed = listed; touched(now); }

    void price(long priceMinor, String currency, Instant now) {
        this.priceMinor = priceMinor;
        this.currency = currency;
        touched(now);
    }

    long priceMinor() {
        return priceMinor;
    }

    String currency() {
        return currency.trim();
    }

    private void touched(Instant now) {
        this.updatedAt = now;
    }
}
