package io.mentorbot.web.auth;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.mentorbot.identity.ExternalProvider;
import io.mentorbot.identity.ExternalSignIn;
import io.mentorbot.identity.SignIn;
import io.mentorbot.identity.SignInResult;
import io.mentorbot.web.TokenPair;
import io.mentorbot.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Google and GitHub sign-in in a browser (authorization code with state and PKCE):
 * <ul>
 *     <li>{@code GET /api/v1/auth/{google|github}/start?redirect=/path}: 302 to the provider; 404 {@code provider-off}
 *     when its client is not configured, 400 naming {@code redirect} when that is not a path of this site;</li>
 *     <li>{@code GET /api/v1/auth/{provider}/callback?code=&state=}: the provider's return. A sign-in answers 302 to
 *     the redirect with {@code #code=<one-time code>}, a linking with {@code #linked=<provider>}; refusals are
 *     problems: {@code oauth-state-invalid} (400), {@code provider-refused} (401), {@code account-blocked} (403),
 *     {@code identity-taken} (409);</li>
 *     <li>{@code POST /api/v1/auth/exchange {"code"}}: the one-time code for the token pair, once
 *     ({@code invalid-sign-in-code}, 401).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/auth")
class ProviderSignInApi {

    private final ExternalSignIn external;
    private final SignIn signIn;
    private final Callbacks callbacks;

    ProviderSignInApi(ExternalSignIn external, SignIn signIn, Callbacks callbacks) {
        this.external = external;
        this.signIn = signIn;
        this.callbacks = callbacks;
    }

    record CodeExchange(String code) {
    }

    @GetMapping("/{provider}/start")
    ResponseEntity<Void> start(@PathVariable String provider,
                               @RequestParam(defaultValue = "/") @Size(max = 1000) @Pattern(regexp = Callbacks.SITE_PATH)
                               String redirect) {
        ExternalProvider chosen = Providers.on(external, provider);
        URI target = external.start(chosen, callbacks.callback(chosen), redirect, null)
                .orElseThrow(() -> Providers.off());
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, target.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GetMapping("/{provider}/callback")
    ResponseEntity<Void> callback(@PathVariable String provider, @RequestParam(required = false) String code,
                                  @RequestParam(required = false) String state) {
        ExternalProvider chosen = ExternalProvider.named(provider).orElseThrow(ApiException::notFound);
        ExternalSignIn.Finished finished = external.finish(chosen, code, state);
        String fragment = switch (finished.outcome()) {
            case SIGNED_IN -> "#code=" + finished.code();
            case LINKED -> "#linked=" + chosen.pathName();
            case STATE_INVALID -> throw new ApiException(HttpStatus.BAD_REQUEST, "oauth-state-invalid");
            case PROVIDER_REFUSED -> throw new ApiException(HttpStatus.UNAUTHORIZED, "provider-refused");
            case IDENTITY_TAKEN -> throw new ApiException(HttpStatus.CONFLICT, "identity-taken");
            case BLOCKED -> throw new ApiException(HttpStatus.FORBIDDEN, "account-blocked");
        };
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, callbacks.page(finished.redirect()) + fragment)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    @PostMapping("/exchange")
    ResponseEntity<TokenPair> exchange(@RequestBody(required = false) CodeExchange body, Locale locale) {
        SignInResult result = signIn.withSignInCode(body == null ? null : body.code());
        return switch (result.outcome()) {
            case SIGNED_IN -> ResponseEntity.ok(TokenPair.of(result.tokens()));
            case BLOCKED -> throw new ApiException(HttpStatus.FORBIDDEN, "account-blocked");
            default -> throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid-sign-in-code");
        };
    }
}
