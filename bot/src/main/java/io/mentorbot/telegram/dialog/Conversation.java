package io.mentorbot.telegram.dialog;

import java.util.HashMap;
import java.util.Map;

/** Where a chat is in a dialog: the dialog, its step and what has been collected so far. */
public record Conversation(long chatId, String dialog, String step, Map<String, String> draft) {

    public Conversation {
        draft = Map.copyOf(draft);
    }

    public static Conversation start(long chatId, String dialog, Enum<?> step) {
        return new Conversation(chatId, dialog, step.name(), Map.of());
    }

    public <E extends Enum<E>> E step(Class<E> steps) {
        return Enum.valueOf(steps, step);
    }

    public Conversation at(Enum<?> next) {
        return new Conversation(chatId, dialog, next.name(), draft);
    }

    public Conversation with(String key, String value) {
        Map<String, String> next = new HashMap<>(draft);
        next.put(key, value);
        return new Conversation(chatId, dialog, step, next);
    }

    public Conversation without(String key) {
        Map<String, String> next = new HashMap<>(draft);
        next.remove(key);
        return new Conversation(chatId, dialog, step, next);
    }
}
