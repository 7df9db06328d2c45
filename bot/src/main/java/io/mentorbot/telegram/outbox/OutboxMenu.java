package io.mentorbot.telegram.outbox;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;

/**
 * A chat's command menu queued in the outbox, as its row keeps it: the commands as plain pairs (the Bot API's scope
 * types do not survive the trip through JSON on their own); no commands means the chat goes back to the default menu.
 */
record OutboxMenu(@JsonProperty("chat_id") long chatId, @JsonProperty("commands") List<Entry> commands) {

    static final String METHOD = SetMyCommands.PATH;

    record Entry(@JsonProperty("command") String command, @JsonProperty("description") String description) {
    }

    static OutboxMenu of(long chatId, List<BotCommand> commands) {
        return new OutboxMenu(chatId, commands.stream()
                .map(c -> new Entry(c.getCommand(), c.getDescription())).toList());
    }

    BotApiMethod<Boolean> call() {
        BotCommandScopeChat scope = BotCommandScopeChat.builder().chatId(chatId).build();
        if (commands.isEmpty()) {
            return DeleteMyCommands.builder().scope(scope).build();
        }
        return SetMyCommands.builder().scope(scope)
                .commands(commands.stream().map(e -> new BotCommand(e.command(), e.description())).toList()).build();
    }
}
