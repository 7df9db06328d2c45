package io.mentorbot.telegram.view;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;
import io.mentorbot.accounts.Language;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text, from {@code messages*.properties}, in the reader's language. Each pattern is an ICU
 * {@link MessageFormat}, so a text that shows a count says it as the language does:
 * {@code {0, plural, one {# відгук} few {# відгуки} many {# відгуків} other {# відгуку}}}.
 *
 * <p>Apostrophes follow ICU's default ({@code ApostropheMode.DOUBLE_OPTIONAL}): a single {@code '} inside a word
 * ("об'єкт", "don't") is written as it is, {@code ''} is one quote, and only a quote before a brace (or {@code #}
 * in a plural) starts quoted text.
 *
 * <p>Every screen formats several texts, so this keeps each thread's formats compiled: a {@code MessageFormat} is
 * not thread-safe, and a shared one would be formatted under a lock by one thread at a time.
 */
@Component
public class Texts {

    private static final String BUNDLE = "messages";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    private final ThreadLocal<Map<Language, Compiled>> compiled = ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    Texts() {
        for (Language language : Language.values()) {
            // The language's own file, then messages.properties; never the machine's locale.
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** The text of {@code key} in the language, with the arguments filled in; unknown keys fail. */
    public String get(Language language, String key, Object... args) {
        return compiled.get().computeIfAbsent(language, l -> new Compiled(bundles.get(l), l)).format(key, args);
    }

    /** Formats one pattern as a text of the language is formatted (for checks of the pattern syntax). */
    static String render(Language language, String pattern, Object... args) {
        return new MessageFormat(pattern, language.locale()).format(args == null ? new Object[0] : args);
    }

    /** One thread's formats of one language. */
    private static final class Compiled {

        private final ResourceBundle bundle;
        private final Language language;
        private final Map<String, MessageFormat> patterns = new HashMap<>();

        Compiled(ResourceBundle bundle, Language language) {
            this.bundle = bundle;
            this.language = language;
        }

        String format(String key, Object[] args) {
            return patterns.computeIfAbsent(key, this::compile).format(args == null ? new Object[0] : args);
        }

        private MessageFormat compile(String key) {
            String text;
            try {
                text = bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new NoSuchMessageException(key, language.locale());
            }
            return new MessageFormat(text, language.locale());
        }
    }
}
