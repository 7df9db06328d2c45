package io.mentorbot.telegram.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The application's slash commands by name, and how one runs: it always leaves the dialog the chat was in. */
@Component
public class Commands {

    private final Map<String, CommandHandler> byName;
    private final ConversationStore conversations;

    Commands(List<CommandHandler> commands, ConversationStore conversations) {
        this.byName = commands.stream().collect(Collectors.toMap(CommandHandler::name, Function.identity()));
        this.conversations = conversations;
    }

    public Optional<CommandHandler> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Leaves the chat's dialog, if any, and runs the command. The caller has checked the command's audience. */
    public void run(Turn turn, CommandHandler command, String args) {
        if (turn.conversation().isPresent()) {
            conversations.clear(turn.chatId());
        }
        command.handle(turn, args);
    }
}
