package io.mentorbot.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts refresh tokens at rest with AES-256-GCM, so a database dump alone grants nothing. Stored form: a random
 * 12-byte IV, then ciphertext and tag. The owner id is bound in as associated data: a token copied onto another
 * owner's row no longer decrypts.
 */
final class TokenCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) {
            throw new IllegalStateException("mentorbot.calendar.token-key (CALENDAR_TOKEN_KEY) must be base64 of "
                    + "32 random bytes, e.g. the output of `openssl rand -base64 32`");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] encrypt(String plaintext, long ownerId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(ownerId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    String decrypt(byte[] stored, long ownerId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(stored, IV_BYTES)));
            cipher.updateAAD(associatedData(ownerId));
            byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key (rotated without re-consent) or a tampered row: the token is unusable either way.
            throw new IllegalStateException("Refresh token of owner " + ownerId + " does not decrypt", e);
        }
    }

    private static byte[] associatedData(long ownerId) {
        return ("calendar-owner:" + ownerId).getBytes(StandardCharsets.UTF_8);
    }
}
