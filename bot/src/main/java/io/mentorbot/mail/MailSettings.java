package io.mentorbot.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail settings besides the SMTP server ({@code spring.mail.*}, from {@code SMTP_HOST} ...).
 *
 * @param from         the sender, e.g. {@code MentorBot <bot@example.com>} ({@code MAIL_FROM}); when empty, the SMTP
 *                     user name if it is an address; without either, e-mail stays off
 * @param codeValidity how long a verification code can be used (default 15 minutes)
 * @param codeAttempts how many codes may be typed for one code sent (default 5)
 * @param resendAfter  how long after sending a code another one may be sent to the same account (default 30 s)
 * @param codesPerAddress how many codes one address may get within an hour, whoever asks (default 3)
 * @param codesPerHour how many codes the whole platform may send within an hour (default 100)
 */
@ConfigurationProperties("mentorbot.mail")
public record MailSettings(String from, Duration codeValidity, int codeAttempts, Duration resendAfter,
                           int codesPerAddress, int codesPerHour) {

    public MailSettings {
        from = from == null ? "" : from.strip();
        codeValidity = codeValidity == null ? Duration.ofMinutes(15) : codeValidity;
        codeAttempts = codeAttempts <= 0 ? 5 : codeAttempts;
        resendAfter = resendAfter == null ? Duration.ofSeconds(30) : resendAfter;
        codesPerAddress = codesPerAddress <= 0 ? 3 : codesPerAddress;
        codesPerHour = codesPerHour <= 0 ? 100 : codesPerHour;
    }
}
