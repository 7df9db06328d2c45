package io.mentorbot.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform sends no more verification codes an hour than MAIL_CODES_PER_HOUR, here set to two. */
class CodeLimitsTest extends BotFlowTest {

    @Autowired
    private AccountDesk accounts;
    @Autowired
    private VerificationStore verifications;
    @Autowired
    private SentCodes sentCodes;
    @Autowired
    private Postbox postbox;
    @Autowired
    private Letters letters;
    @Autowired
    private PlatformTransactionManager transactions;

    private EmailDesk desk;

    @BeforeEach
    void twoCodesAnHour() {
        TestMail.emptyMailboxes();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        desk = new EmailDesk(accounts, verifications, sentCodes, postbox, letters,
                new MailSettings(TestMail.FROM, null, 0, null, 3, 2), clock);
    }

    @Test
    void aCodeBeyondThePlatformsHourlyLimitIsRefusedAndNothingIsSent() {
        assertThat(request(account(1201), "a@example.com").result()).isEqualTo(CodeRequest.Result.SENT);
        clock.setTo(Instant.parse("2027-03-15T10:30:00Z"));
        assertThat(request(account(1202), "b@example.com").result()).isEqualTo(CodeRequest.Result.SENT);
        long carol = account(1203);

        CodeRequest refused = request(carol, "c@example.com");

        assertThat(refused.result()).isEqualTo(CodeRequest.Result.PLATFORM_LIMIT);
        assertThat(refused.retryIn()).isEqualTo(Duration.ofMinutes(30));
        assertThat(TestMail.lettersTo("c@example.com")).isEmpty();
        assertThat(count("SELECT count(*) FROM email_verifications WHERE user_id = ?", carol)).isZero();
        clock.setTo(Instant.parse("2027-03-15T11:00:01Z"));
        assertThat(request(carol, "c@example.com").result()).isEqualTo(CodeRequest.Result.SENT);
        assertThat(TestMail.lettersTo("c@example.com")).hasSize(1);
    }

    @Test
    void requestsAtOnceOnDifferentAddressesNeverPassTheLimit() throws Exception {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(account(1210 + i));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        List<Future<CodeRequest>> requests = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            long person = people.get(i);
            String address = "person" + i + "@example.com";
            requests.add(pool.submit(() -> {
                go.await();
                return request(person, address);
            }));
        }
        go.countDown();
        List<CodeRequest.Result> results = new ArrayList<>();
        for (Future<CodeRequest> request : requests) {
            results.add(request.get(60, TimeUnit.SECONDS).result());
        }
        pool.shutdown();

        assertThat(results).filteredOn(result -> result == CodeRequest.Result.SENT).hasSize(2);
        assertThat(results).filteredOn(result -> result == CodeRequest.Result.PLATFORM_LIMIT).hasSize(4);
        int letters = 0;
        for (int i = 0; i < people.size(); i++) {
            letters += TestMail.lettersTo("person" + i + "@example.com").size();
        }
        assertThat(letters).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM email_codes_sent")).isEqualTo(2);
    }

    /** As a turn calls it: in a transaction of its own. */
    private CodeRequest request(long accountId, String address) {
        return new TransactionTemplate(transactions).execute(status -> desk.requestCode(accountId, address));
    }

    private long account(long telegramId) {
        return jdbc.sql("INSERT INTO users (telegram_id, first_name, language, time_zone) VALUES (?, 'Someone', 'EN',"
                        + " 'UTC') RETURNING id")
                .param(telegramId).query(Long.class).single();
    }
}
