package io.mentorbot.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What Telegram signs for a bot, made as Telegram documents it: a Mini App's init data and a Login Widget answer. */
public final class TelegramSigned {

    private TelegramSigned() {
    }

    /** Init data for the user, signed at {@code authDate} with the bot's token, URL-encoded as the client gets it. */
    public static String initData(String botToken, long userId, String firstName, String languageCode,
                                  Instant authDate) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put("user", "{\"id\":" + userId + ",\"first_name\":\"" + firstName + "\",\"last_name\":\"\","
                + "\"username\":\"\",\"language_code\":\"" + languageCode + "\",\"allows_write_to_pm\":true}");
        fields.put("auth_date", Long.toString(authDate.getEpochSecond()));
        fields.put("hash", hex(hmac(hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken), check(fields))));
        return fields.entrySet().stream().map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A Login Widget answer for the user, signed at {@code authDate} with the bot's token. */
    public static Map<String, Object> loginWidget(String botToken, long userId, String firstName, Instant authDate) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("id", Long.toString(userId));
        fields.put("first_name", firstName);
        fields.put("username", firstName.toLowerCase());
        fields.put("auth_date", Long.toString(authDate.getEpochSecond()));
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
            fields.put("hash", hex(hmac(key, check(fields))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> answer = new LinkedHashMap<>(fields);
        answer.put("id", userId); // the widget gives numbers as numbers
        answer.put("auth_date", authDate.getEpochSecond());
        return answer;
    }

    private static String check(Map<String, String> fields) {
        return fields.entrySet().stream().filter(f -> !f.getKey().equals("hash"))
                .map(f -> f.getKey() + "=" + f.getValue()).collect(Collectors.joining("\n"));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
