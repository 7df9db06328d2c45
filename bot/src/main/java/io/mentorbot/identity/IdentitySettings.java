package io.mentorbot.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param jwtPrivateKey   the key that signs access tokens, an RSA private key in PEM (PKCS#8, {@code JWT_PRIVATE_KEY});
 *                        unset, one is generated once and kept in the database, so every instance shares it
 * @param accessTokenTtl  how long an access token is valid (15 minutes)
 * @param refreshTokenTtl how long a refresh-token family lives at most from its sign-in, however often it is rotated
 *                        (30 days)
 * @param initDataMaxAge  how old a Mini App's init data or a Login Widget answer may be (24 hours)
 */
@ConfigurationProperties("mentorbot.identity")
public record IdentitySettings(String jwtPrivateKey, Duration accessTokenTtl, Duration refreshTokenTtl,
                               Duration initDataMaxAge) {

    public IdentitySettings {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        initDataMaxAge = initDataMaxAge == null ? Duration.ofHours(24) : initDataMaxAge;
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "IdentitySettings[jwtPrivateKey=" + (jwtPrivateKey == null || jwtPrivateKey.isBlank() ? "generated" : "set")
                + ", accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl=" + refreshTokenTtl
                + ", initDataMaxAge=" + initDataMaxAge + "]";
    }
}
