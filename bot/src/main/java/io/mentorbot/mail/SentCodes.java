package io.mentorbot.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The verification codes e-mailed within the last hour ({@code email_codes_sent}), so that no address gets more than
 * a few and the platform no more than its budget, whoever asks and on whichever instance. A request takes one
 * platform-wide lock for the rest of its transaction, which makes counting and recording one step; requests within
 * the limits hold it while their letter goes out, refused ones only for the count.
 */
@Component
class SentCodes {

    static final Duration WINDOW = Duration.ofHours(1);

    /** A code may go, recorded as {@code id}; or not ({@code refused}) until {@code retryAt}. */
    record Reservation(Long id, CodeRequest.Result refused, Instant retryAt) {
    }

    private record Window(int total, Instant first, int toAddress, Instant firstToAddress) {
    }

    private final JdbcClient jdbc;

    SentCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a code for the address if fewer than the limits went out in the last hour. */
    Reservation take(String address, long accountId, int perAddress, int overall, Instant now) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('email-codes', 0))").query((rs, n) -> 1).single();
        Instant since = now.minus(WINDOW);
        jdbc.sql("DELETE FROM email_codes_sent WHERE sent_at <= ?").param(utc(since)).update();
        String hash = hash(address);
        Window window = jdbc.sql("""
                        SELECT count(*) AS total, min(sent_at) AS first,
                               count(*) FILTER (WHERE address_hash = :hash) AS to_address,
                               min(sent_at) FILTER (WHERE address_hash = :hash) AS first_to_address
                          FROM email_codes_sent WHERE sent_at > :since
                        """)
                .param("hash", hash).param("since", utc(since))
                .query((rs, n) -> new Window(rs.getInt("total"), instant(rs.getObject("first", OffsetDateTime.class)),
                        rs.getInt("to_address"), instant(rs.getObject("first_to_address", OffsetDateTime.class))))
                .single();
        if (window.toAddress() >= perAddress) {
            return new Reservation(null, CodeRequest.Result.ADDRESS_LIMIT, window.firstToAddress().plus(WINDOW));
        }
        if (window.total() >= overall) {
            return new Reservation(null, CodeRequest.Result.PLATFORM_LIMIT, window.first().plus(WINDOW));
        }
        long id = jdbc.sql("INSERT INTO email_codes_sent (address_hash, user_id, sent_at) VALUES (?, ?, ?)"
                        + " RETURNING id")
                .params(hash, accountId, utc(now)).query(Long.class).single();
        return new Reservation(id, null, null);
    }

    /** Forgets a recorded code that did not go out after all. */
    void giveBack(long id) {
        jdbc.sql("DELETE FROM email_codes_sent WHERE id = ?").param(id).update();
    }

    /** Addresses differing only in case reach the same inbox as far as the limit is concerned. */
    static String hash(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
