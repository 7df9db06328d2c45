package io.mentorbot.telegram.mentor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.mentor.ProfileAction.ToggleTopic;
import io.mentorbot.telegram.mentor.ProfileAction.TopicsDone;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** Topic toggles kept in a dialog's draft under {@code topics} (comma-separated codes). */
@Component
class TopicKeyboard {

    static final String DRAFT_KEY = "topics";

    private final MentorProfiles profiles;

    TopicKeyboard(MentorProfiles profiles) {
        this.profiles = profiles;
    }

    static List<String> selected(Conversation conversation) {
        String csv = conversation.draft().getOrDefault(DRAFT_KEY, "");
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    /** Toggles a topic; unknown codes are ignored and leave the draft as it was. */
    Conversation toggle(Conversation conversation, String topic) {
        if (!profiles.topics().contains(topic)) {
            return conversation;
        }
        Set<String> chosen = new LinkedHashSet<>(selected(conversation));
        if (!chosen.remove(topic)) {
            chosen.add(topic);
        }
        List<String> ordered = profiles.topics().stream().filter(chosen::contains).toList();
        return conversation.with(DRAFT_KEY, String.join(",", ordered));
    }

    InlineKeyboardMarkup keyboard(Turn turn, Conversation conversation) {
        List<String> chosen = selected(conversation);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (String topic : profiles.topics()) {
            String label = (chosen.contains(topic) ? "✅ " : "") + turn.t("topic." + topic);
            buttons.add(Keyboards.button(label, new ToggleTopic(topic)));
        }
        InlineKeyboardMarkup markup = Keyboards.grid(buttons, 2);
        return Keyboards.withRow(markup, Keyboards.button(turn.t("dialog.done"), new TopicsDone()),
                Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(conversation.dialog())));
    }

    static String labels(Turn turn, List<String> topics) {
        return String.join(", ", topics.stream().map(t -> turn.t("topic." + t)).toList());
    }
}
