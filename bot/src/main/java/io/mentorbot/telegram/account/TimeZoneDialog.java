package io.mentorbot.telegram.account;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.account.AccountAction.ChooseTimeZone;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /timezone}: pick a common zone with a button or type any zone name ("Europe/Warsaw", "Warsaw", "UTC").
 * Waits for the answer in the {@link Step#ASK_ZONE} step; a name it does not know keeps it there. Asked from the
 * settings screen, the question takes that screen's place.
 */
@Component
public class TimeZoneDialog implements Dialog, CommandHandler {

    enum Step { ASK_ZONE }

    static final List<String> COMMON = List.of("Europe/Kyiv", "Europe/Warsaw", "Europe/Berlin", "Europe/London",
            "America/New_York", "Asia/Dubai", "UTC");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final AccountDesk accounts;
    private final ConversationStore conversations;
    private final TimeZones zones;
    private final Clock clock;

    TimeZoneDialog(AccountDesk accounts, ConversationStore conversations, TimeZones zones, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.conversations = conversations;
        this.zones = zones;
    }

    @Override
    public String name() {
        return "timezone";
    }

    @Override
    public String activityKey() {
        return "leave.activity.timezone";
    }

    /**
     * Never: the dialog's one step waits for a single answer, which is applied the moment it is typed or pressed, so
     * the dialog holds nothing the user entered. A command typed instead simply leaves it.
     */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return false;
    }

    @Override
    public void handle(Turn turn, String args) {
        if (!args.isBlank()) {
            answer(turn, args);
            return;
        }
        ask(turn);
    }

    /** The question, as this turn's screen (the settings screen, or a new message for the command). */
    void ask(Turn turn) {
        showQuestion(turn);
        conversations.save(QuestionScreen.remember(turn, Conversation.start(turn.chatId(), name(), Step.ASK_ZONE)));
    }

    /** The question again, on this turn's screen, which is remembered in place of an earlier one. */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        showQuestion(turn);
        QuestionScreen.moved(turn, conversation, conversations);
    }

    private void showQuestion(Turn turn) {
        List<InlineKeyboardButton> buttons = new ArrayList<>(COMMON.stream()
                .map(zone -> Keyboards.button(zone, new ChooseTimeZone(zone))).toList());
        buttons.add(Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name())));
        turn.showText(turn.t("timezone.ask", describe(turn.account().zone())), Keyboards.grid(buttons, 2));
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText()) {
            turn.reply(turn.t("timezone.text-expected"));
            return;
        }
        answer(turn, input.text());
    }

    void press(Turn turn, ChooseTimeZone action) {
        apply(turn, ZoneId.of(action.zoneId()));
    }

    private void answer(Turn turn, String text) {
        Optional<ZoneId> zone = zones.parse(text);
        if (zone.isEmpty()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            turn.reply(turn.t("timezone.unknown", shown.trim()));
            return;
        }
        apply(turn, zone.get());
    }

    /**
     * Sets the zone and shows it with the way back to the settings: on the pressed question, or below the typed
     * answer, the question then removed. A zone button of an old question leaves any other dialog alone.
     */
    private void apply(Turn turn, ZoneId zone) {
        accounts.changeTimeZone(turn.account().id(), zone);
        Optional<Conversation> asking = turn.conversation().filter(c -> c.dialog().equals(name()));
        if (asking.isPresent()) {
            conversations.clear(turn.chatId());
            QuestionScreen.answered(turn, asking.get());
        }
        String done = turn.t("timezone.changed", describe(zone));
        turn.notice(done);
        turn.show(done, Keyboards.column(SettingsCommand.back(turn)));
    }

    private String describe(ZoneId zone) {
        return zone.getId() + " (" + ZonedDateTime.now(clock.withZone(zone)).format(CLOCK) + ")";
    }
}
