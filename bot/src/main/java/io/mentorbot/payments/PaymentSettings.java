package io.mentorbot.payments;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment settings.
 *
 * @param provider the payment provider ({@code PAYMENTS_PROVIDER}): empty for none, or {@value #SIMULATED} (a Pay
 *                 button that confirms at once; no money moves). Sandbox mode always has the simulated one.
 */
@ConfigurationProperties("mentorbot.payments")
public record PaymentSettings(String provider) {

    public static final String SIMULATED = "simulated";

    public PaymentSettings {
        provider = provider == null ? "" : provider.strip().toLowerCase(Locale.ROOT);
        if (!provider.isEmpty() && !provider.equals(SIMULATED)) {
            throw new IllegalArgumentException("Unknown PAYMENTS_PROVIDER '" + provider
                    + "': leave it empty for no payments, or set " + SIMULATED);
        }
    }
}
