package io.mentorbot.telegram.view;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.mentorbot.accounts.Language;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text, from {@code messages*.properties}, in the reader's language: each pattern is a
 * {@link MessageFormat}, applied even without arguments (so {@code ''} is always one quote), as the application's
 * message source does for the e-mails.
 *
 * <p>Every screen formats several texts, so this keeps each thread's formats compiled: a {@code MessageFormat} is
 * not thread-safe, and a shared one (as the message source keeps) is formatted under its lock by one thread at a
 * time. A number given for a plain {@code {n}} is written with the thread's number format of the language, which
 * {@code MessageFormat} would otherwise create for every number it writes; the text is the same.
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

    /** One thread's formats of one language. */
    private static final class Compiled {

        private final ResourceBundle bundle;
        private final Language language;
        private final Map<String, Pattern> patterns = new HashMap<>();
        private NumberFormat numbers;

        Compiled(ResourceBundle bundle, Language language) {
            this.bundle = bundle;
            this.language = language;
        }

        String format(String key, Object[] args) {
            Pattern pattern = patterns.computeIfAbsent(key, this::compile);
            Object[] filled = args == null ? new Object[0] : args.clone();
            for (int i = 0; i < filled.length; i++) {
                if (filled[i] instanceof Number number && pattern.plain(i)) {
                    if (numbers == null) {
                        numbers = NumberFormat.getInstance(language.locale());
                    }
                    filled[i] = numbers.format(number);
                }
            }
            return pattern.format().format(filled);
        }

        private Pattern compile(String key) {
            String text;
            try {
                text = bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new NoSuchMessageException(key, language.locale());
            }
            MessageFormat format = new MessageFormat(text, language.locale());
            return new Pattern(format, format.getFormatsByArgumentIndex());
        }
    }

    /** A compiled pattern and the formats it gives its arguments (null: written as they are). */
    private record Pattern(MessageFormat format, Format[] byArgument) {

        /** Whether argument {@code i} is written without a format of its own ({@code {i}}, or not used). */
        boolean plain(int i) {
            return i >= byArgument.length || byArgument[i] == null;
        }
    }
}
