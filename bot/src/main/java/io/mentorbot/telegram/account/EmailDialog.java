package io.mentorbot.telegram.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mentorbot.mail.CodeCheck;
import io.mentorbot.mail.CodeRequest;
import io.mentorbot.mail.EmailDesk;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.account.AccountAction.EditEmail;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /email}: the address booking confirmations go to. Shows it with Change / Remove; a new address is typed
 * ({@link Step#ASK_ADDRESS}), a code goes there and is typed back ({@link Step#ASK_CODE}); only then is the address
 * stored. {@code /email remove} removes it, {@code /email name@example.com} starts with that address. Bad input
 * keeps the step. The buttons act on the presser's own account only.
 */
@Component
public class EmailDialog implements Dialog, CommandHandler {

    enum Step { ASK_ADDRESS, ASK_CODE }

    /** The draft's key for the address a code was sent to. */
    static final String ADDRESS = "address";

    private final EmailDesk emails;
    private final ConversationStore conversations;

    EmailDialog(EmailDesk emails, ConversationStore conversations) {
        this.emails = emails;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String activityKey() {
        return "leave.activity.email";
    }

    /** An address typed and its code not yet typed back: leaving drops the address. */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.step(Step.class) == Step.ASK_CODE;
    }

    /** The question of the current step again, on this turn's screen, which is remembered in place of an earlier one. */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        if (conversation.step(Step.class) == Step.ASK_CODE) {
            turn.show(turn.t("email.code.waiting", conversation.draft().getOrDefault(ADDRESS, "")), cancel(turn));
        } else {
            turn.show(turn.t("email.ask"), cancel(turn));
        }
        QuestionScreen.moved(turn, conversation, conversations);
    }

    @Override
    public void handle(Turn turn, String args) {
        if (args.toLowerCase(Locale.ROOT).matches("remove|delete|видалити")) {
            remove(turn);
        } else if (!emails.available()) {
            turn.reply(turn.t("email.unavailable"), removeButton(turn));
        } else if (!args.isBlank()) {
            requestCode(turn, Conversation.start(turn.chatId(), name(), Step.ASK_ADDRESS), args);
        } else {
            overview(turn);
        }
    }

    void press(Turn turn, EditEmail action) {
        if (action.remove()) {
            remove(turn);
        } else if (!emails.available()) {
            turn.show(turn.t("email.unavailable"), Keyboards.column(SettingsCommand.back(turn)));
        } else {
            turn.show(turn.t("email.ask"), cancel(turn));
            conversations.save(QuestionScreen.remember(turn,
                    Conversation.start(turn.chatId(), name(), Step.ASK_ADDRESS)));
        }
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText()) {
            turn.reply(turn.t("email.text-expected"));
        } else if (conversation.step(Step.class) == Step.ASK_ADDRESS || input.text().contains("@")) {
            requestCode(turn, conversation, input.text()); // while waiting for a code, a new address replaces the first
        } else {
            checkCode(turn, conversation, input.text().replaceAll("[\\s-]", ""));
        }
    }

    /** The address and what can be done with it, as this turn's screen (the settings screen, or a new message). */
    void overview(Turn turn) {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        String email = turn.account().verifiedEmail().orElse(null);
        buttons.add(Keyboards.button(turn.t(email == null ? "email.add" : "email.change"), new EditEmail(false)));
        if (turn.account().email() != null) {
            buttons.add(Keyboards.button(turn.t("email.remove"), new EditEmail(true)));
        }
        turn.showText(email == null ? turn.t("email.none") : turn.t("email.current", email),
                Keyboards.withRow(Keyboards.grid(buttons, 2), SettingsCommand.back(turn)));
    }

    /** Sends a code to the typed address; the question above the address gives way to "code sent" below it. */
    private void requestCode(Turn turn, Conversation conversation, String typed) {
        CodeRequest request = emails.requestCode(turn.account().id(), typed);
        if (request.result() != CodeRequest.Result.UNAVAILABLE && request.result() != CodeRequest.Result.SENT) {
            conversations.save(conversation); // a bad address or a limit keeps the step
        }
        switch (request.result()) {
            case SENT -> {
                turn.reply(turn.t("email.code.sent", request.address(), emails.codeValidity().toMinutes()),
                        cancel(turn));
                conversations.save(QuestionScreen.remember(turn,
                        conversation.at(Step.ASK_CODE).with(ADDRESS, request.address())));
            }
            case INVALID_ADDRESS -> turn.reply(turn.t("email.invalid", shown(typed)));
            case TOO_SOON -> turn.reply(turn.t("email.too-soon", Math.max(1, request.retryIn().toSeconds())));
            case NOT_SENT -> turn.reply(turn.t("email.not-sent", request.address()));
            case ADDRESS_LIMIT -> turn.reply(turn.t("email.limit.address", request.address(), minutes(request)));
            case PLATFORM_LIMIT -> turn.reply(turn.t("email.limit.platform", minutes(request)));
            case UNAVAILABLE -> {
                conversations.clear(turn.chatId());
                turn.reply(turn.t("email.unavailable"));
            }
        }
    }

    private void checkCode(Turn turn, Conversation conversation, String code) {
        if (!code.matches("\\d{6}")) {
            turn.reply(turn.t("email.code.format"));
            return;
        }
        CodeCheck check = emails.confirm(turn.account().id(), code);
        if (check.result() == CodeCheck.Result.WRONG) {
            turn.reply(turn.t("email.code.wrong", check.triesLeft()));
            return;
        }
        conversations.clear(turn.chatId());
        QuestionScreen.answered(turn, conversation); // "code sent" goes: the result comes below the code
        switch (check.result()) {
            case VERIFIED -> turn.reply(turn.t("email.verified", check.address()),
                    Keyboards.column(SettingsCommand.back(turn)));
            case TOO_MANY_TRIES -> turn.reply(turn.t("email.code.too-many"));
            case EXPIRED -> turn.reply(turn.t("email.code.expired"));
            default -> turn.reply(turn.t("email.code.none"));
        }
    }

    private void remove(Turn turn) {
        conversations.clear(turn.chatId());
        String text = turn.t(emails.remove(turn.account().id()) ? "email.removed" : "email.nothing-to-remove");
        turn.notice(text);
        turn.show(text, Keyboards.column(SettingsCommand.back(turn)));
    }

    private InlineKeyboardMarkup removeButton(Turn turn) {
        return turn.account().email() == null ? null
                : Keyboards.column(Keyboards.button(turn.t("email.remove"), new EditEmail(true)));
    }

    private static InlineKeyboardMarkup cancel(Turn turn) {
        return Keyboards.column(Keyboards.button(turn.t("dialog.cancel"), new CancelDialog("email")));
    }

    /** Whole minutes until another code may go, rounded up. */
    private static long minutes(CodeRequest request) {
        return Math.max(1, (request.retryIn().toSeconds() + 59) / 60);
    }

    private static String shown(String typed) {
        String text = typed.strip();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
