package io.mentorbot.telegram.command;

import java.util.List;

import io.mentorbot.mentors.MentorDirectory;
import io.mentorbot.mentors.MentorSummary;
import io.mentorbot.telegram.command.MenuAction.MenuItem;
import io.mentorbot.telegram.command.MenuAction.OpenMenu;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.mentor.MentorTexts;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** The three doors of the platform, and the short list of mentors shown with them. */
@Component
public class MainMenu {

    static final int FEATURED = 5;

    private final MentorDirectory mentors;

    MainMenu(MentorDirectory mentors) {
        this.mentors = mentors;
    }

    public InlineKeyboardMarkup keyboard(Turn turn) {
        return Keyboards.column(
                Keyboards.button(turn.t("menu.book"), new OpenMenu(MenuItem.BOOK)),
                Keyboards.button(turn.t(turn.account().isMentor() ? "menu.mentor-profile" : "menu.become-mentor"),
                        new OpenMenu(MenuItem.BECOME_MENTOR)),
                Keyboards.button(turn.t("menu.my"), new OpenMenu(MenuItem.MY_CONSULTATIONS)));
    }

    /** The available mentors, or a friendly word that there are none yet. */
    public String featuredMentors(Turn turn) {
        List<MentorSummary> featured = mentors.featured(FEATURED);
        if (featured.isEmpty()) {
            return turn.t("mentors.none-yet");
        }
        StringBuilder text = new StringBuilder(turn.t("mentors.featured.title"));
        for (MentorSummary mentor : featured) {
            text.append("\n• ").append(MentorTexts.line(turn, mentor));
        }
        return text.toString();
    }
}
