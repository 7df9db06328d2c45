package io.mentorbot.web.auth;

import io.mentorbot.identity.ExternalProvider;
import io.mentorbot.identity.ExternalSignIn;
import io.mentorbot.web.ApiException;
import org.springframework.http.HttpStatus;

/** The provider a path names: 404 {@code not-found} for an unknown one, 404 {@code provider-off} for one not set up. */
final class Providers {

    private Providers() {
    }

    static ExternalProvider on(ExternalSignIn external, String name) {
        ExternalProvider provider = ExternalProvider.named(name).orElseThrow(ApiException::notFound);
        if (!external.isOn(provider)) {
            throw off();
        }
        return provider;
    }

    static ApiException off() {
        return new ApiException(HttpStatus.NOT_FOUND, "provider-off");
    }
}
