package io.mentorbot.telegram.admin;

import java.util.ArrayList;
import java.util.List;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminDirectory;
import io.mentorbot.telegram.admin.AdminAction.AdminMentor;
import io.mentorbot.telegram.admin.AdminAction.AdminMentorAct;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminSearch;
import io.mentorbot.telegram.admin.AdminAction.AdminUser;
import io.mentorbot.telegram.admin.AdminAction.AdminUserAct;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The console's search: a name, part of one, an @username or a Telegram id finds users (or only mentors), the best
 * matches first; each result opens the user's (or the mentor's) card. {@code /admin <text>} searches at once.
 */
@Component
class ConsoleSearch implements Dialog {

    static final String NAME = "admin-search";
    static final int MAX_RESULTS = 20;
    static final int MAX_QUERY = 64;

    enum Step { TEXT }

    private final AdminDirectory directory;
    private final AccountDesk accounts;
    private final ConversationStore conversations;

    ConsoleSearch(AdminDirectory directory, AccountDesk accounts, ConversationStore conversations) {
        this.directory = directory;
        this.accounts = accounts;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String activityKey() {
        return "leave.activity.admin-search";
    }

    void start(Turn turn, AdminSearch action) {
        ask(turn, Conversation.start(turn.chatId(), name(), Step.TEXT)
                .with("mentors", Boolean.toString(action.mentorsOnly())));
    }

    /** The question again, with its Cancel, on this turn's screen. */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        ask(turn, conversation);
    }

    /** The pressed screen asks for the search; its Cancel goes back to the home or the mentors it came from. */
    private void ask(Turn turn, Conversation conversation) {
        boolean mentorsOnly = Boolean.parseBoolean(conversation.draft().get("mentors"));
        AdminView back = new AdminView(mentorsOnly ? AdminPane.MENTORS : AdminPane.HOME, 0);
        QuestionScreen.show(turn, conversations, conversation,
                turn.t(mentorsOnly ? "console.search.ask-mentors" : "console.search.ask"), Keyboards.column(Keyboards.button(turn.t("dialog.cancel"), back)));
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (AdminConsole.refusedInDialog(turn, conversations)) {
            return;
        }
        if (!input.hasText() || input.text().isBlank() || input.text().strip().length() > MAX_QUERY) {
            turn.reply(turn.t("console.search.invalid", MAX_QUERY));
            return;
        }
        conversations.clear(turn.chatId());
        QuestionScreen.answered(turn, conversation);
        results(turn, input.text(), Boolean.parseBoolean(conversation.draft().get("mentors")));
    }

    /** Shows what the text finds, as buttons to the cards: below a typed search, or on the pressed screen. */
    void results(Turn turn, String text, boolean mentorsOnly) {
        String query = text.strip();
        if (query.length() > MAX_QUERY) {
            turn.reply(turn.t("console.search.invalid", MAX_QUERY));
            return;
        }
        AdminDirectory.Found found = directory.search(query, mentorsOnly, MAX_RESULTS);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (long id : found.ids()) {
            accounts.find(id).ifPresent(account -> buttons.add(Keyboards.button(
                    (account.isBlocked() ? "⛔ " : account.isMentor() ? "🎓 " : "") + account.displayName()
                            + (account.username() == null ? "" : " @" + account.username()),
                    mentorsOnly ? new AdminMentor(id, AdminMentorAct.OPEN) : new AdminUser(id, AdminUserAct.OPEN))));
        }
        String answer;
        if (found.total() == 0) {
            answer = turn.t("console.search.none", query);
        } else if (found.total() > found.ids().size()) {
            answer = turn.t("console.search.more", query, found.ids().size(), found.total());
        } else {
            answer = turn.t("console.search.found", query, found.total());
        }
        buttons.add(Keyboards.button(turn.t("console.search.again"), new AdminSearch(mentorsOnly)));
        buttons.add(Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.HOME, 0)));
        turn.show(answer, Keyboards.grid(buttons, 1));
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminSearchButton(ConsoleSearch search) {
            return AdminConsole.guarded(AdminSearch.VERB, search::start);
        }
    }
}
