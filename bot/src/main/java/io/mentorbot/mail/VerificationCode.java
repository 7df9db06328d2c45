package io.mentorbot.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Six-digit codes, and the salted hashes that are stored instead of them. */
final class VerificationCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    static String next() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    static String hash(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Compares in constant time, so timing tells nothing about how close a guess was. */
    static boolean matches(String salt, String hash, String code) {
        return MessageDigest.isEqual(hash(salt, code).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }
}
