package io.mentorbot.telegram.dialog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.AccountSettings;
import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.outbox.BotGateway;
import io.mentorbot.telegram.outbox.Outbox;
import io.mentorbot.telegram.view.Texts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Telegram's command menu: the student menu for everyone in each language, and a fuller menu, chat by chat,
 * for mentors and admins.
 */
@Component
public class CommandMenu {

    private final List<CommandHandler> commands;
    private final BotGateway gateway;
    private final Texts texts;
    private final AccountDesk accounts;
    private final AccountSettings settings;
    private final Outbox outbox;

    CommandMenu(@Lazy List<CommandHandler> commands, BotGateway gateway, Texts texts, AccountDesk accounts,
                AccountSettings settings, Outbox outbox) {
        this.outbox = outbox;
        this.commands = commands;
        this.gateway = gateway;
        this.texts = texts;
        this.accounts = accounts;
        this.settings = settings;
    }

    /**
     * The menu order, by use: booking and one's consultations first, then a mentor's and an admin's daily work, the
     * greeting and help, the settings, and erasing one's data last. A command not named here goes before the greeting.
     */
    static final List<String> ORDER = List.of("mentors", "my", "myslots", "newslot", "clients", "profile",
            "connect_calendar", "disconnect_calendar", "admin", "stats", "makementor", "unmentor", "grantadmin",
            "revokeadmin", "block", "unblock", "export", "start", "help", "settings", "email", "language", "timezone", "stop",
            "deleteme");

    /** The commands an account may use, in menu order. */
    public List<CommandHandler> visibleTo(Account account) {
        return commands.stream()
                .filter(CommandHandler::listed)
                .filter(c -> c.audience().includes(account))
                .sorted(BY_USE)
                .toList();
    }

    /** The same, grouped by audience (everyone's, then a mentor's, then an admin's), each group in menu order. */
    public List<CommandHandler> byAudience(Account account) {
        return visibleTo(account).stream().sorted(Comparator.comparing(CommandHandler::audience)).toList();
    }

    private static final Comparator<CommandHandler> BY_USE = Comparator.comparingInt(c -> {
        int rank = ORDER.indexOf(c.name());
        return rank < 0 ? ORDER.indexOf("start") : rank;
    });

    /** Publishes every menu: the default ones per language and the chat menus of mentors and admins. */
    @EventListener(ApplicationReadyEvent.class)
    public void publishAll() {
        List<CommandHandler> everyone = commands.stream()
                .filter(c -> c.listed() && c.audience() == Audience.EVERYONE).sorted(BY_USE).toList();
        for (Language language : Language.values()) {
            gateway.post(SetMyCommands.builder().scope(new BotCommandScopeDefault()).languageCode(language.code())
                    .commands(menu(everyone, language)).build());
        }
        gateway.post(SetMyCommands.builder().scope(new BotCommandScopeDefault())
                .commands(menu(everyone, settings.defaultLanguage())).build());
        Stream.concat(accounts.admins().stream(), accounts.mentors().stream()).distinct().forEach(this::publishFor);
    }

    /**
     * Gives a mentor's or admin's chat its fuller menu, in their language; a student's chat goes back to the
     * default menu (after losing mentor rights, say). Sent at once: for callers outside a user's turn.
     */
    public void publishFor(Account account) {
        menuCall(account).ifPresent(gateway::post);
    }

    /** The same, as part of a turn: sent with the turn's replies, once its changes are committed. */
    public void publishFor(Account account, Turn turn) {
        menuCall(account).ifPresent(turn::post);
    }

    /**
     * The same, queued in the outbox in the caller's transaction: for a change to someone else's rights, so their menu
     * follows the change once it commits, even if this process dies right after.
     */
    public void queueFor(Account account) {
        account.standing().privateChat().ifPresent(chat -> outbox.postMenu(chat,
                account.isAdmin() || account.isMentor() ? menu(visibleTo(account), account.language()) : List.of()));
    }

    private Optional<BotApiMethod<Boolean>> menuCall(Account account) {
        Long privateChat = account.standing().privateChat().orElse(null);
        if (privateChat == null) {
            return Optional.empty();
        }
        BotCommandScopeChat chat = BotCommandScopeChat.builder().chatId(privateChat).build();
        if (!account.isAdmin() && !account.isMentor()) {
            return Optional.of(DeleteMyCommands.builder().scope(chat).build());
        }
        return Optional.of(SetMyCommands.builder().scope(chat)
                .commands(menu(visibleTo(account), account.language())).build());
    }

    private List<BotCommand> menu(List<CommandHandler> handlers, Language language) {
        return handlers.stream()
                .map(c -> new BotCommand(c.name(), texts.get(language, "command." + c.name() + ".description")))
                .toList();
    }
}
