package io.mentorbot.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Checks what Telegram signed, as Telegram documents it: every field but {@code hash} as sorted {@code key=value}
 * lines, HMAC-SHA256 with a key derived from the bot token ({@code HMAC_SHA256("WebAppData", token)} for a Mini App's
 * init data, {@code SHA256(token)} for the Login Widget), compared in constant time, and {@code auth_date} no older
 * than the allowed age. Anything else in the input is untrusted and never reaches an account.
 */
@Component
class TelegramProofs {

    /** What a check found. */
    enum Verdict { VALID, MALFORMED, FORGED, EXPIRED }

    record Checked(Verdict verdict, TelegramPerson person) {

        static Checked refused(Verdict verdict) {
            return new Checked(verdict, null);
        }
    }

    private static final int MAX_INPUT = 8192;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotToken token;
    private final IdentitySettings settings;
    private final Clock clock;

    TelegramProofs(BotToken token, IdentitySettings settings, Clock clock) {
        this.token = token;
        this.settings = settings;
        this.clock = clock;
    }

    /** A Mini App's {@code Telegram.WebApp.initData}: a URL-encoded query string with the user as JSON. */
    Checked initData(String initData) {
        if (initData == null || initData.isBlank() || initData.length() > MAX_INPUT) {
            return Checked.refused(Verdict.MALFORMED);
        }
        Map<String, String> fields = new TreeMap<>();
        for (String pair : initData.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return Checked.refused(Verdict.MALFORMED);
            }
            String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (fields.put(key, value) != null) {
                return Checked.refused(Verdict.MALFORMED); // a field given twice is not what Telegram sends
            }
        }
        byte[] secret = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), token.value());
        Verdict verdict = verify(fields, secret);
        if (verdict != Verdict.VALID) {
            return Checked.refused(verdict);
        }
        try {
            JsonNode user = JSON.readTree(fields.getOrDefault("user", ""));
            if (user == null || !user.path("id").canConvertToLong() || user.path("id").asLong() <= 0) {
                return Checked.refused(Verdict.MALFORMED);
            }
            return new Checked(Verdict.VALID, new TelegramPerson(user.path("id").asLong(),
                    text(user, "first_name"), text(user, "last_name"), text(user, "username"),
                    text(user, "language_code")));
        } catch (java.io.IOException e) {
            return Checked.refused(Verdict.MALFORMED);
        }
    }

    /** The Login Widget's answer: its fields as it gives them to the page ({@code id}, {@code first_name} ...). */
    Checked loginWidget(Map<String, ?> answer) {
        if (answer == null || answer.isEmpty() || answer.size() > 16) {
            return Checked.refused(Verdict.MALFORMED);
        }
        Map<String, String> fields = new TreeMap<>();
        for (Map.Entry<String, ?> field : answer.entrySet()) {
            if (field.getValue() == null || field.getValue() instanceof Map || field.getValue() instanceof Iterable) {
                return Checked.refused(Verdict.MALFORMED);
            }
            fields.put(field.getKey(), String.valueOf(field.getValue()));
        }
        byte[] secret;
        try {
            secret = MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Verdict verdict = verify(fields, secret);
        if (verdict != Verdict.VALID) {
            return Checked.refused(verdict);
        }
        long id;
        try {
            id = Long.parseLong(fields.getOrDefault("id", ""));
        } catch (NumberFormatException e) {
            return Checked.refused(Verdict.MALFORMED);
        }
        if (id <= 0) {
            return Checked.refused(Verdict.MALFORMED);
        }
        return new Checked(Verdict.VALID, new TelegramPerson(id, fields.get("first_name"), fields.get("last_name"),
                fields.get("username"), null));
    }

    private Verdict verify(Map<String, String> fields, byte[] secret) {
        String hash = fields.get("hash");
        String authDate = fields.get("auth_date");
        if (hash == null || authDate == null) {
            return Verdict.MALFORMED;
        }
        String checkString = fields.entrySet().stream().filter(f -> !f.getKey().equals("hash"))
                .map(f -> f.getKey() + "=" + f.getValue()).collect(Collectors.joining("\n"));
        byte[] expected = hmac(secret, checkString);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hash);
        } catch (IllegalArgumentException e) {
            return Verdict.MALFORMED;
        }
        if (!MessageDigest.isEqual(expected, given)) { // constant time
            return Verdict.FORGED;
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(authDate));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Verdict.MALFORMED;
        }
        Duration age = Duration.between(signedAt, clock.instant());
        if (age.compareTo(settings.initDataMaxAge()) > 0 || age.compareTo(Duration.ofMinutes(-5)) < 0) {
            return Verdict.EXPIRED; // too old, or signed in the future beyond a clock's drift
        }
        return Verdict.VALID;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
