package io.mentorbot.mentors;

import java.math.BigDecimal;
import java.util.List;

/** A mentor as the catalogue lists them. */
public record MentorSummary(long mentorId, String name, String headline, List<String> topics, long priceMinor,
                            String currency, int sessionMinutes, BigDecimal ratingAvg, int ratingCount) {

    public boolean free() {
        return priceMinor == 0;
    }
}
