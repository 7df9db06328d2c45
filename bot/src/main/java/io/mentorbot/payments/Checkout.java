package io.mentorbot.payments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Whether paid sessions can be sold here: only with a payment provider, which today is the simulated one, on when
 * {@code PAYMENTS_PROVIDER=simulated} or in sandbox mode. A real bot without a provider must not hold a student's time
 * for a payment nobody can make, nor confirm one that never happened.
 */
@Service
public class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);

    private final boolean takesPayments;

    Checkout(PaymentSettings settings, Environment environment) {
        boolean sandbox = sandboxMode(environment);
        this.takesPayments = sandbox || PaymentSettings.SIMULATED.equals(settings.provider());
        if (sandbox) {
            log.info("Payments: simulated (sandbox mode): the Pay button confirms a paid session, no money moves");
        } else if (takesPayments) {
            log.warn("Payments: simulated (PAYMENTS_PROVIDER=simulated): the Pay button confirms a paid session, "
                    + "no money moves");
        } else {
            log.info("Payments: no provider (PAYMENTS_PROVIDER is empty): prices stay free, and a paid mentor's "
                    + "time is booked as free");
        }
    }

    /**
     * Sandbox mode. The sandbox module's start check refuses every combination of token, {@code SANDBOX} and
     * {@code DATABASE_URL} but two before any bean exists: a token (a real bot) or none (the sandbox). So no token
     * here means the sandbox. (Payments cannot ask the sandbox module: it depends on the catalogue, which depends on
     * payments.)
     */
    static boolean sandboxMode(Environment environment) {
        return environment.getProperty("mentorbot.telegram.token", "").isBlank();
    }

    /** True when a paid session is held for a payment and the Pay button may confirm it. */
    public boolean takesPayments() {
        return takesPayments;
    }
}
