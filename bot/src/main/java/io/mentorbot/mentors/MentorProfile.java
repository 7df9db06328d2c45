package io.mentorbot.mentors;

import java.math.BigDecimal;
import java.util.List;

/**
 * A mentor's card: what students see before they book. A query projection (the profile with the mentor's name and the
 * ratings reviews keep), not the stored aggregate: the mentor's edits go through {@link Profile}.
 */
public record MentorProfile(long mentorId, String name, String username, String headline, String bio,
                            String photoFileId, List<String> topics, long priceMinor, String currency,
                            int sessionMinutes, boolean listed, BigDecimal ratingAvg, int ratingCount) {

    public boolean free() {
        return priceMinor == 0;
    }

    /** The same card at no charge (its price does not apply: nothing takes payments). */
    public MentorProfile asFree() {
        return new MentorProfile(mentorId, name, username, headline, bio, photoFileId, topics, 0, currency,
                sessionMinutes, listed, ratingAvg, ratingCount);
    }

    public MentorSummary summary() {
        return new MentorSummary(mentorId, name, headline, topics, priceMinor, currency, sessionMinutes, ratingAvg,
                ratingCount, null, photoFileId != null);
    }
}
