package io.mentorbot.identity;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Google and GitHub sign-in stay off unless their client id and secret are both configured. */
class ProvidersOffTest {

    private static ExternalSignIn signIn(ProviderSettings settings) {
        return new ExternalSignIn(new ProviderClient(settings), settings, null, null, Clock.systemUTC());
    }

    @Test
    void withoutAClientNeitherProviderStarts() {
        ProviderSettings none = new ProviderSettings(null, null, null, null, null);
        ExternalSignIn external = signIn(none);

        for (ExternalProvider provider : ExternalProvider.values()) {
            assertThat(external.isOn(provider)).isFalse();
            assertThat(external.start(provider, "http://localhost/cb", "/", null)).isEmpty();
        }
    }

    @Test
    void anIdWithoutItsSecretIsStillOff() {
        ProviderSettings.Client idOnly = new ProviderSettings.Client("id", " ", "http://a", "http://t", "http://u", null);
        ProviderSettings.Client full = new ProviderSettings.Client("id", "secret", "http://a", "http://t", "http://u",
                "http://e");
        ExternalSignIn external = signIn(new ProviderSettings(idOnly, full, null, null, null));

        assertThat(external.isOn(ExternalProvider.GOOGLE)).isFalse();
        assertThat(external.isOn(ExternalProvider.GITHUB)).isTrue();
        assertThat(full.toString()).doesNotContain("secret=secret");
    }
}
