package io.mentorbot.telegram.mentor;

import java.util.Optional;

import io.mentorbot.mentors.ProfileProblem;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** Explains refused profile values in the user's language. */
@Component
class ProfileProblems {

    /** The trimmed text when it is present and within {@code max}; otherwise tells the user and is empty. */
    Optional<String> check(Turn turn, Input input, int max, String field) {
        if (!input.hasText()) {
            turn.reply(turn.t("profile.text-expected." + field));
            return Optional.empty();
        }
        String text = input.text().strip();
        if (text.length() > max) {
            turn.reply(turn.t("profile.too-long", turn.t("profile.field." + field), text.length(), max));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    String describe(Turn turn, ProfileProblem problem, String field) {
        return turn.t("profile.problem." + problem.kind().name().toLowerCase().replace('_', '-'),
                turn.t("profile.field." + field), problem.limit());
    }
}
