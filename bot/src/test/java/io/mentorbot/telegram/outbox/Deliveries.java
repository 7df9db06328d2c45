package io.mentorbot.telegram.outbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;

/**
 * Numbered notices ("notice 3 of chat 42") and what became of them in the emulated chats: how many arrived, how
 * many were lost or came twice, and whether each chat got its own in order.
 */
record Deliveries(long expected, long arrived, long lost, long duplicated, boolean inOrder) {

    static String text(long chatId, int number) {
        return "notice " + number + " of chat " + chatId;
    }

    /** Counts the notices of {@code perChat} numbers (0 ..) in each of these chats. */
    static Deliveries in(BotApiEmulator telegram, List<Long> chats, int perChat) {
        long arrived = 0;
        long lost = 0;
        long duplicated = 0;
        boolean inOrder = true;
        for (long chatId : chats) {
            List<String> texts = new ArrayList<>();
            for (BotMessage message : telegram.chat(chatId).messages()) {
                if (message.text() != null && message.text().startsWith("notice ")) {
                    texts.add(message.text());
                }
            }
            Set<String> distinct = new LinkedHashSet<>(texts);
            arrived += texts.size();
            duplicated += texts.size() - distinct.size();
            List<String> wanted = new ArrayList<>();
            for (int i = 0; i < perChat; i++) {
                wanted.add(text(chatId, i));
            }
            lost += wanted.stream().filter(w -> !distinct.contains(w)).count();
            inOrder &= new ArrayList<>(distinct).equals(wanted.stream().filter(distinct::contains).toList());
        }
        return new Deliveries((long) chats.size() * perChat, arrived, lost, duplicated, inOrder);
    }

    boolean complete() {
        return lost == 0;
    }

    Map<String, Object> figures() {
        return Map.of("expected", expected, "arrived", arrived, "lost", lost, "duplicated", duplicated,
                "inOrder", inOrder);
    }
}
