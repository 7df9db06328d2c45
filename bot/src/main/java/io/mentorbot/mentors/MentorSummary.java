package io.mentorbot.mentors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A mentor as the catalogue lists them; {@code nextFree} is the start of their next free slot, if any, and
 * {@code hasPhoto} whether their card has a photo.
 */
public record MentorSummary(long mentorId, String name, String headline, List<String> topics, long priceMinor,
                            String currency, int sessionMinutes, BigDecimal ratingAvg, int ratingCount,
                            Instant nextFree, boolean hasPhoto) {

    public boolean free() {
        return priceMinor == 0;
    }

    /** The same listing at no charge (its price does not apply: nothing takes payments). */
    public MentorSummary asFree() {
        return new MentorSummary(mentorId, name, headline, topics, 0, currency, sessionMinutes, ratingAvg, ratingCount,
                nextFree, hasPhoto);
    }
}
