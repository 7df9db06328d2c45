package io.mentorbot.telegram.mentor;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.mentorbot.mentors.MentorSummary;
import io.mentorbot.telegram.dialog.Turn;

/** How a mentor reads in a list. */
public final class MentorTexts {

    private MentorTexts() {
    }

    /** "Olena Koval: Java backend, code review · 500 UAH / 60 min · ★ 4.8 (12)". */
    public static String line(Turn turn, MentorSummary mentor) {
        StringBuilder line = new StringBuilder(mentor.name());
        if (mentor.headline() != null && !mentor.headline().isBlank()) {
            line.append(": ").append(mentor.headline());
        }
        line.append(" · ").append(price(turn, mentor)).append(" / ")
                .append(turn.t("unit.minutes", mentor.sessionMinutes()));
        if (mentor.ratingCount() > 0 && mentor.ratingAvg() != null) {
            line.append(" · ★ ").append(mentor.ratingAvg().setScale(1, RoundingMode.HALF_UP))
                    .append(" (").append(mentor.ratingCount()).append(')');
        }
        return line.toString();
    }

    public static String price(Turn turn, MentorSummary mentor) {
        if (mentor.free()) {
            return turn.t("price.free");
        }
        return amount(mentor.priceMinor(), mentor.currency());
    }

    /** "500 UAH", "25.50 USD": cents only when there are some. */
    public static String amount(long minor, String currency) {
        String number = minor % 100 == 0 ? Long.toString(minor / 100)
                : BigDecimal.valueOf(minor, 2).toPlainString();
        return number + " " + currency;
    }
}
