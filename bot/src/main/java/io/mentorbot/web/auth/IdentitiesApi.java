package io.mentorbot.web.auth;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.identity.ExternalProvider;
import io.mentorbot.identity.ExternalSignIn;
import io.mentorbot.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's ways in:
 * <ul>
 *     <li>{@code GET /api/v1/me/identities}: {@code {telegramLinked, items: [{provider, email, linkedAt}]}};</li>
 *     <li>{@code POST /api/v1/me/identities/{provider}/start {"redirect"}}: {@code {url}}, the provider's page to send
 *     the browser to; its callback links the identity to the caller ({@code identity-taken}, 409, when it is another
 *     account's); 404 {@code provider-off};</li>
 *     <li>{@code DELETE /api/v1/me/identities/{provider}}: 204; 404 {@code not-found} when not linked, 409
 *     {@code last-way-in} when the account could no longer be signed in to.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/me/identities")
class IdentitiesApi {

    private final ExternalSignIn external;
    private final AccountDesk accounts;
    private final Callbacks callbacks;

    IdentitiesApi(ExternalSignIn external, AccountDesk accounts, Callbacks callbacks) {
        this.external = external;
        this.accounts = accounts;
        this.callbacks = callbacks;
    }

    record Identity(String provider, String email, Instant linkedAt) {
    }

    record Identities(boolean telegramLinked, List<Identity> items) {
    }

    record LinkStart(@Size(max = 1000) @Pattern(regexp = Callbacks.SITE_PATH) String redirect) {
    }

    record ProviderPage(String url) {
    }

    @GetMapping
    Identities identities(@AuthenticationPrincipal Long accountId) {
        boolean telegram = accounts.find(accountId).map(a -> a.telegramId() != null).orElse(false);
        return new Identities(telegram, external.identities(accountId).stream()
                .map(i -> new Identity(i.provider().pathName(), i.email(), i.linkedAt())).toList());
    }

    @PostMapping("/{provider}/start")
    ProviderPage start(@AuthenticationPrincipal Long accountId, @PathVariable String provider,
                       @Valid @RequestBody(required = false) LinkStart body) {
        ExternalProvider chosen = Providers.on(external, provider);
        String redirect = body == null || body.redirect() == null ? "/" : body.redirect();
        URI target = external.start(chosen, callbacks.callback(chosen), redirect, accountId)
                .orElseThrow(Providers::off);
        return new ProviderPage(target.toString());
    }

    @DeleteMapping("/{provider}")
    ResponseEntity<Void> unlink(@AuthenticationPrincipal Long accountId, @PathVariable String provider) {
        ExternalProvider chosen = ExternalProvider.named(provider).orElseThrow(ApiException::notFound);
        return switch (external.unlink(accountId, chosen)) {
            case UNLINKED -> ResponseEntity.noContent().build();
            case NOT_LINKED -> throw ApiException.notFound();
            case LAST_WAY_IN -> throw new ApiException(HttpStatus.CONFLICT, "last-way-in");
        };
    }
}
