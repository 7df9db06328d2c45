package io.mentorbot.telegram.view;

import io.mentorbot.accounts.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every user-visible text, from {@code messages*.properties}, in the reader's language. */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
