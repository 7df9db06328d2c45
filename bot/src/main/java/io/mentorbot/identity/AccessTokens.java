package io.mentorbot.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.mentorbot.accounts.Account;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Access tokens: RS256 JWTs with the account id as {@code sub}, its roles ({@code STUDENT}, {@code MENTOR},
 * {@code ADMIN}) and, for temporary admin rights, {@code admin_until}, which also caps {@code exp}: a token never
 * carries rights past their end. The roles inform the client; each request reads the account's rights anew.
 */
@Component
class AccessTokens {

    static final String ISSUER = "mentorbot";

    private final JwtEncoder encoder;
    private final SigningKey key;
    private final IdentitySettings settings;
    private final Clock clock;

    AccessTokens(SigningKey key, IdentitySettings settings, Clock clock) {
        this.key = key;
        this.encoder = NimbusJwtEncoder.withKeyPair(key.publicKey(), key.privateKey())
                .jwkPostProcessor(jwk -> jwk.keyID(key.keyId())).build();
        this.settings = settings;
        this.clock = clock;
    }

    /** A token for the account with the rights it has now; {@code admin} says whether they include admin rights. */
    Issued issue(Account account, boolean admin) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.accessTokenTtl());
        List<String> roles = new ArrayList<>(List.of("STUDENT"));
        if (account.isMentor()) {
            roles.add("MENTOR");
        }
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).subject(Long.toString(account.id()))
                .issuedAt(now);
        if (admin) {
            roles.add("ADMIN");
            Instant until = account.adminUntil().filter(u -> u.isAfter(now)).orElse(null);
            if (until != null) {
                claims.claim("admin_until", until.getEpochSecond());
                expires = until.isBefore(expires) ? until : expires;
            }
        }
        claims.claim("roles", roles).expiresAt(expires);
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.keyId()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new Issued(token, Math.max(1, java.time.Duration.between(now, expires).toSeconds()));
    }

    record Issued(String token, long expiresIn) {
    }
}
