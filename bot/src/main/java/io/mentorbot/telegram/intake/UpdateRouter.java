package io.mentorbot.telegram.intake;

import java.util.Comparator;
import java.util.Optional;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Visit;
import io.mentorbot.telegram.TelegramSettings;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.CommandMenu;
import io.mentorbot.telegram.command.MainMenu;
import io.mentorbot.telegram.dialog.Buttons;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.CommandLine;
import io.mentorbot.telegram.dialog.Commands;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Dialogs;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.LeaveQuestion;
import io.mentorbot.telegram.dialog.RefusalLog;
import io.mentorbot.telegram.dialog.Replies;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Texts;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Sends each update to the command, button handler or dialog it belongs to. */
@Component
class UpdateRouter {

    private final AccountDesk accounts;
    private final ConversationStore conversations;
    private final Texts texts;
    private final TelegramSettings settings;
    private final CommandMenu commandMenu;
    private final MainMenu mainMenu;
    private final Commands commands;
    private final LeaveQuestion leaveQuestion;
    private final Buttons buttons;
    private final Dialogs dialogs;
    private final RefusalLog refusals;

    UpdateRouter(AccountDesk accounts, ConversationStore conversations, Texts texts,
                 TelegramSettings settings, CommandMenu commandMenu, MainMenu mainMenu,
                 Commands commands, LeaveQuestion leaveQuestion, Buttons buttons, Dialogs dialogs,
                 RefusalLog refusals) {
        this.accounts = accounts;
        this.refusals = refusals;
        this.conversations = conversations;
        this.texts = texts;
        this.settings = settings;
        this.commandMenu = commandMenu;
        this.mainMenu = mainMenu;
        this.commands = commands;
        this.leaveQuestion = leaveQuestion;
        this.buttons = buttons;
        this.dialogs = dialogs;
    }

    /**
     * Handles the claimed update; what it says to its user is held in {@code replies}, for the caller to send after
     * commit.
     */
    void route(ClaimedUpdate claimed, Replies replies) {
        Update update = claimed.update();
        if (update.hasCallbackQuery()) {
            onButton(claimed, update.getCallbackQuery(), replies);
        } else if (update.hasMessage() && update.getMessage().getFrom() != null) {
            onMessage(claimed, update.getMessage(), replies);
        }
    }

    private void onButton(ClaimedUpdate claimed, CallbackQuery query, Replies replies) {
        MaybeInaccessibleMessage source = query.getMessage();
        long chatId = source != null ? source.getChatId() : query.getFrom().getId();
        if (chatId != query.getFrom().getId()) { // a private chat's id is its user's id: this is a group's button
            replies.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                    .text(privateOnly(query.getFrom())).showAlert(true).build());
            return;
        }
        Integer messageId = source != null ? source.getMessageId() : null;
        boolean media = source instanceof Message shown && (shown.hasPhoto() || shown.hasDocument());
        Turn turn = turn(claimed, chatId, messageId, media, query.getId(), replies);
        try {
            if (!turn.account().standing().mayAct()) {
                turn.refuse("any button (blocked)", "account.blocked");
                return;
            }
            Optional<CallbackAction> action = buttons.read(query.getData());
            if (action.isPresent()) {
                buttons.press(turn, action.get());
            } else {
                turn.refuse("unreadable button", "button.unknown");
            }
        } finally {
            turn.answerCallback(); // a failure rolls the turn back with its replies: the processor then answers
        }
    }

    private void onMessage(ClaimedUpdate claimed, Message message, Replies replies) {
        if (!message.getChat().isUserChat()) {
            // Before the visit: a group's message registers nobody and records no chat, so no notice with
            // someone's bookings can ever go to a group.
            replies.call(SendMessage.builder().chatId(message.getChatId()).text(privateOnly(message.getFrom()))
                    .build());
            return;
        }
        Turn turn = turn(claimed, message.getChatId(), null, false, null, replies);
        if (!turn.account().standing().mayAct()) {
            turn.refuse("any message (blocked)", "account.blocked"); // and nothing else: no dialog, no command
            return;
        }
        Input input = input(message);
        if (input.text() != null && input.text().length() > settings.maxInputLength()) {
            turn.reply(turn.t("input.too-long", settings.maxInputLength(), input.text().length()));
            return;
        }
        if (input.hasText() && input.text().startsWith("/")) {
            onCommand(turn, input.text().trim());
            return;
        }
        Optional<Conversation> conversation = turn.conversation();
        Optional<Dialog> dialog = dialogs.current(turn);
        if (dialog.isPresent()) {
            dialog.get().onMessage(turn, conversation.get(), input);
            return;
        }
        conversation.ifPresent(c -> conversations.clear(c.chatId()));
        turn.reply(turn.t("fallback.text"), mainMenu.keyboard(turn));
    }

    private void onCommand(Turn turn, String text) {
        CommandLine line = CommandLine.parse(text);
        Optional<CommandHandler> command = commands.find(line.name());
        if (command.isEmpty()) {
            turn.reply(turn.t("command.unknown", line.command()), mainMenu.keyboard(turn));
            return;
        }
        if (!command.get().audience().includes(turn.account())) {
            turn.refuse("/" + line.name(), "command.forbidden." + command.get().audience().name().toLowerCase(),
                    "/" + line.name());
            return;
        }
        if (leaveQuestion.asks(turn, line)) {
            return; // the dialog holds unsaved input: the command runs only if the user chooses to leave it
        }
        commands.run(turn, command.get(), line.args());
    }

    private Turn turn(ClaimedUpdate claimed, long chatId, Integer messageId, boolean media, String callbackQueryId,
                      Replies replies) {
        Visit visit = claimed.visit().orElseThrow(() -> new IllegalStateException("A turn without a visitor"));
        Turn turn = new Turn(visit, claimed.conversation(), chatId, messageId, media, callbackQueryId, replies, texts,
                refusals);
        if (visit.newcomer() && (visit.account().isAdmin() || visit.account().isMentor())) {
            commandMenu.publishFor(visit.account(), turn);
        }
        return turn;
    }

    /** The line for someone writing from a group, in their language as Telegram reports it (no account is read). */
    private String privateOnly(User from) {
        return texts.get(accounts.languageFor(from.getLanguageCode()), "chat.private-only");
    }

    private static Input input(Message message) {
        String text = message.hasText() ? message.getText() : message.getCaption();
        String photo = message.hasPhoto()
                ? message.getPhoto().stream().max(Comparator.comparing(PhotoSize::getFileSize,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).map(PhotoSize::getFileId).orElse(null)
                : null;
        return new Input(text, photo, message.hasDocument());
    }
}
