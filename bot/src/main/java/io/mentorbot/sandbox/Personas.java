package io.mentorbot.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Language;
import io.mentorbot.accounts.Visitor;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.ChatEvent;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The people one can be in the web chat: every account the platform knows, each a simulated Telegram user of the
 * emulator with the account's Telegram id. New personas get demo ids from {@link #FIRST_OWN_ID} on, outside the ids
 * real Telegram users have (see {@link DemoCast#FIRST_ID}).
 */
@Service
@OnSandbox
class Personas {

    static final long FIRST_OWN_ID = DemoCast.id(5001);
    static final int NAME_MAX_LENGTH = 40;
    static final Duration GREETING_WAIT = Duration.ofSeconds(5);

    /** One persona as the page lists it; {@code role} is student, mentor or admin. */
    record Persona(long id, String name, String language, String role, int botMessages) {
    }

    private final JdbcClient jdbc;
    private final AccountDesk accounts;
    private final BotApiEmulator emulator;

    Personas(JdbcClient jdbc, AccountDesk accounts, BotApiEmulator emulator) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.emulator = emulator;
    }

    /** Everyone, in Telegram id order (demo students, mentors, the admin, then the personas added here). */
    List<Persona> all() {
        return jdbc.sql("""
                SELECT telegram_id, first_name, language, is_mentor, is_admin FROM users
                 WHERE NOT deleted AND telegram_id IS NOT NULL ORDER BY telegram_id
                """).query((rs, n) -> persona(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getBoolean(4), rs.getBoolean(5))).list();
    }

    Optional<Persona> find(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The persona's simulated Telegram user, created in the emulator on first use. */
    Optional<SimulatedUser> user(long id) {
        return find(id).map(p -> emulator.user(p.id(), p.name(), p.language()));
    }

    /**
     * A new person who has just opened the bot: as in Telegram, opening it sends /start, so the bot registers them and
     * greets them as a newcomer. Waits (a few seconds at most) for that greeting, so the persona is listed on return.
     * The id is the next one neither the platform nor the emulator has seen: an erased persona's id, whose account
     * no longer holds it, is never handed out again with its old chat.
     */
    synchronized Persona add(String name, String language) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A name of 1 to " + NAME_MAX_LENGTH + " characters, please");
        }
        Language lang = Language.fromTag(language)
                .orElseThrow(() -> new IllegalArgumentException("Language must be en or uk"));
        long id = jdbc.sql("SELECT GREATEST(COALESCE(MAX(telegram_id), 0) + 1, ?, ?) FROM users")
                .params(FIRST_OWN_ID, emulator.highestUserId() + 1).query(Long.class).single();
        SimulatedUser user = emulator.user(id, clean, lang.code());
        CompletableFuture<Void> greeted = new CompletableFuture<>();
        Consumer<ChatEvent> greeting = event -> {
            if (event.message().chatId() == id) {
                greeted.complete(null);
            }
        };
        emulator.addListener(greeting);
        try {
            user.sendText("/start");
            greeted.get(GREETING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the bot is slow: the persona is listed as soon as it has answered
        } finally {
            emulator.removeListener(greeting);
        }
        return find(id).orElseGet(() -> new Persona(id, clean, lang.code(), "student", 0));
    }

    /** Creates (or refreshes) the account and the simulated user of a person with a known id. */
    long register(long telegramId, String firstName, Language language) {
        emulator.user(telegramId, firstName, language.code());
        return accounts.visit(new Visitor(telegramId, telegramId, firstName, null, null, language.code()))
                .account().id();
    }

    private Persona persona(long id, String name, String language, boolean mentor, boolean admin) {
        String code = language.toLowerCase(Locale.ROOT);
        String shown = name == null || name.isBlank() ? "#" + id : name;
        SimulatedUser user = emulator.user(id, shown, code); // so the bot can always write to them
        String role = admin ? "admin" : mentor ? "mentor" : "student";
        return new Persona(id, shown, code, role, user.chat().messages().size());
    }
}
