package io.mentorbot.telegram.booking;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.mentorbot.mentors.MentorDirectory;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.mentors.MentorSummary;
import io.mentorbot.telegram.booking.BookingAction.ListMentors;
import io.mentorbot.telegram.booking.BookingAction.ListTopics;
import io.mentorbot.telegram.booking.BookingAction.OpenMentor;
import io.mentorbot.telegram.mentor.MentorTexts;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /mentors} and "Book a consultation": topics, then a page of mentors (nearest free slot first, with
 * rating, price and that slot in the student's zone, named once in the heading); each mentor opens their card, and
 * the page leads back to the topics.
 */
@Component
public class Catalog implements CommandHandler {

    static final String ALL = "all";
    static final int PAGE = 5;

    private final MentorDirectory directory;
    private final MentorProfiles profiles;

    Catalog(MentorDirectory directory, MentorProfiles profiles) {
        this.directory = directory;
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "mentors";
    }

    @Override
    public void handle(Turn turn, String args) {
        topics(turn);
    }

    /** The topic picker, or straight to the list when there is nothing to choose between. */
    public void topics(Turn turn) {
        MentorDirectory.TopicCounts counts = directory.topicCounts();
        if (counts.total() == 0) {
            turn.reply(turn.t("mentors.none-yet"));
            return;
        }
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        buttons.add(Keyboards.button(turn.t("catalog.all-topics"), new ListMentors(ALL, 0)));
        for (String topic : profiles.topics()) {
            if (counts.of(topic) > 0) {
                buttons.add(Keyboards.button(turn.t("topic." + topic), new ListMentors(topic, 0)));
            }
        }
        turn.reply(turn.t("catalog.pick-topic"), Keyboards.grid(buttons, 2)); // a new screen: the menu stays
    }

    void press(Turn turn, ListMentors action) {
        String topic = ALL.equals(action.topic()) ? null : action.topic();
        if (topic != null && !profiles.topics().contains(topic)) {
            turn.alert(turn.t("button.unknown"));
            return;
        }
        int total = directory.count(topic);
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        int page = Math.max(0, Math.min(action.page(), pages - 1));
        List<MentorSummary> mentors = directory.page(topic, page, PAGE);
        if (mentors.isEmpty()) {
            turn.showText(turn.t("catalog.empty"), null);
            return;
        }
        ZoneId zone = turn.account().zone();
        StringBuilder text = new StringBuilder(turn.t("catalog.title",
                topic == null ? turn.t("catalog.all-topics") : turn.t("topic." + topic), page + 1, pages, zone.getId()));
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        int n = page * PAGE;
        for (MentorSummary mentor : mentors) {
            n++;
            text.append("\n\n").append(n).append(". ").append(MentorTexts.line(turn, mentor)).append("\n   ")
                    .append(mentor.nextFree() == null ? turn.t("catalog.no-free-slot")
                            : turn.t("catalog.next-free", Times.dayTime(mentor.nextFree(), zone, turn.language())));
            buttons.add(Keyboards.button(n + ". " + mentor.name(), new OpenMentor(mentor.mentorId())));
        }
        InlineKeyboardMarkup keyboard = Keyboards.grid(buttons, 1);
        List<InlineKeyboardButton> nav = new ArrayList<>();
        if (page > 0) {
            nav.add(Keyboards.button("◀", new ListMentors(action.topic(), page - 1)));
        }
        if (page < pages - 1) {
            nav.add(Keyboards.button("▶", new ListMentors(action.topic(), page + 1)));
        }
        if (!nav.isEmpty()) {
            keyboard = Keyboards.withRow(keyboard, nav.toArray(InlineKeyboardButton[]::new));
        }
        keyboard = Keyboards.withRow(keyboard, Keyboards.button(turn.t("catalog.back-to-topics"), new ListTopics()));
        turn.showText(text.toString(), keyboard);
    }
}
