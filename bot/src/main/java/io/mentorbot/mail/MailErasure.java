package io.mentorbot.mail;

import io.mentorbot.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the mail module keeps of a person who erases their account: a code waiting to be typed back, with the address
 * it went to. (The verified address itself lives on the account and goes with it.) In the erasing transaction.
 */
@Component
class MailErasure {

    private final VerificationStore verifications;

    MailErasure(VerificationStore verifications) {
        this.verifications = verifications;
    }

    @EventListener
    void on(AccountErased event) {
        verifications.delete(event.accountId());
    }
}
