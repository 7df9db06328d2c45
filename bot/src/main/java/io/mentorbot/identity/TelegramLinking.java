package io.mentorbot.identity;

import java.util.Map;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.AccountDesk.TelegramAttached;
import io.mentorbot.accounts.Visitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Linking Telegram to an account made with Google or GitHub, so that the person has one account whichever way they
 * come in. The Telegram proof is checked exactly as a Telegram sign-in checks it ({@link SignIn}); the account takes
 * the Telegram id only when no account has it yet.
 */
@Service
public class TelegramLinking {

    private static final Logger log = LoggerFactory.getLogger(TelegramLinking.class);

    /** What linking did. */
    public enum Linked {
        /** The account now has the Telegram id. */
        LINKED,
        /** The proof is not what Telegram signs: malformed, or its hash does not match. */
        PROOF_INVALID,
        /** The proof is older than allowed (or dated in the future). */
        PROOF_EXPIRED,
        /** Another account has that Telegram id. */
        TAKEN,
        /** The account has a Telegram id already. */
        ALREADY_LINKED,
        /** The account is erased or blocked. */
        REFUSED
    }

    private final TelegramProofs proofs;
    private final AccountDesk accounts;

    TelegramLinking(TelegramProofs proofs, AccountDesk accounts) {
        this.proofs = proofs;
        this.accounts = accounts;
    }

    /** With a Mini App's {@code initData}, exactly as the client got it. */
    public Linked withMiniAppInitData(long accountId, String initData) {
        return link(accountId, proofs.initData(initData));
    }

    /** With the Telegram Login Widget's answer, every field it gave. */
    public Linked withLoginWidget(long accountId, Map<String, ?> answer) {
        return link(accountId, proofs.loginWidget(answer));
    }

    private Linked link(long accountId, TelegramProofs.Checked checked) {
        switch (checked.verdict()) {
            case EXPIRED -> {
                return Linked.PROOF_EXPIRED;
            }
            case MALFORMED, FORGED -> {
                return Linked.PROOF_INVALID;
            }
            default -> {
            }
        }
        TelegramPerson person = checked.person();
        TelegramAttached attached;
        try {
            // A person's private chat with the bot has their own id, as at a Telegram sign-in.
            attached = accounts.attachTelegram(accountId, new Visitor(person.id(), person.id(), person.firstName(),
                    person.lastName(), person.username(), person.languageCode()));
        } catch (DataIntegrityViolationException registeredMeanwhile) {
            // The person's first /start or a Telegram sign-in registered the id between the check and the write.
            attached = TelegramAttached.TAKEN;
        }
        return switch (attached) {
            case ATTACHED -> {
                log.info("Telegram id {} linked to account {}", person.id(), accountId);
                yield Linked.LINKED;
            }
            case TAKEN -> {
                log.info("Telegram id {} not linked to account {}: another account has it", person.id(), accountId);
                yield Linked.TAKEN;
            }
            case ALREADY_LINKED -> Linked.ALREADY_LINKED;
            case GONE -> Linked.REFUSED;
        };
    }
}
