package io.mentorbot.accounts;

import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account defaults.
 *
 * @param adminTelegramIds Telegram user ids that are admins ({@code ADMIN_TELEGRAM_IDS}, comma-separated)
 * @param defaultLanguage  language for users whose Telegram language we do not speak
 * @param defaultTimeZone  time zone of a new account until the user picks one
 */
@ConfigurationProperties("mentorbot.accounts")
public record AccountSettings(Set<Long> adminTelegramIds, Language defaultLanguage, ZoneId defaultTimeZone) {

    public AccountSettings {
        adminTelegramIds = adminTelegramIds == null ? Set.of() : Set.copyOf(adminTelegramIds);
        defaultLanguage = defaultLanguage == null ? Language.EN : defaultLanguage;
        defaultTimeZone = defaultTimeZone == null ? ZoneId.of("Europe/Kyiv") : defaultTimeZone;
    }
}
