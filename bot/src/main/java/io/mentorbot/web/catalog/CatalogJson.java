package io.mentorbot.web.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** The catalogue's answers as JSON: times as UTC instants, money as a decimal string with its currency. */
final class CatalogJson {

    private CatalogJson() {
    }

    /** A page of a list: its items, which page (from 0), its size and how many there are in all. */
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** A topic with its name in the caller's language, and how many listed mentors teach it. */
    record TopicCount(String code, String name, int mentors) {
    }

    record Topics(List<TopicCount> items) {
    }

    record Topic(String code, String name) {
    }

    /** The average of the stars (null without reviews) and how many reviews there are. */
    record Rating(BigDecimal average, int count) {
    }

    /**
     * What a session costs: {@code amount} as a decimal string in the currency's major unit ("25.00"); a free
     * session says so and costs "0".
     */
    record Price(boolean free, String amount, String currency) {

        static Price of(long minor, String currency) {
            if (minor == 0) {
                return new Price(true, "0", currency);
            }
            int digits;
            try {
                digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            } catch (IllegalArgumentException unknown) {
                digits = 2;
            }
            return new Price(false, BigDecimal.valueOf(minor, digits).toPlainString(), currency);
        }
    }

    /**
     * A mentor in the list. {@code nextFree}: when their next bookable time starts (null: none);
     * {@code photo}: where their photo is served, null without one.
     */
    record MentorItem(long id, String name, String headline, List<Topic> topics, Rating rating, Price price,
                      int sessionMinutes, Instant nextFree, String photo) {
    }

    /** A review on a card: the stars, the student's words, when it was written and the mentor's answer, if any. */
    record ReviewItem(int stars, String comment, Instant date, String reply) {
    }

    /** A mentor's card: the list's fields, the bio and the latest reviews (newest first). */
    record MentorCard(long id, String name, String headline, String bio, List<Topic> topics, Rating rating,
                      Price price, int sessionMinutes, Instant nextFree, String photo, List<ReviewItem> reviews) {
    }

    /** A free time a student can book (the slot's id is what a booking names). */
    record FreeTime(long id, Instant startsAt, Instant endsAt) {
    }

    /** A mentor's free times in {@code [from, to)}. */
    record FreeTimes(long mentorId, Instant from, Instant to, List<FreeTime> items) {
    }

    static String photo(long mentorId, boolean hasPhoto) {
        return hasPhoto ? "/api/v1/mentors/" + mentorId + "/photo" : null;
    }
}
