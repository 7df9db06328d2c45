package io.mentorbot.calendar;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calendar sync beans, created only when {@code mentorbot.calendar.client-id} is set and not blank; otherwise the
 * feature hides itself: no {@link CalendarConnections}, {@link CalendarMirror}, {@link BusyTimes} or
 * {@link SyncWorker} bean exists. Uses the application's {@link DataSource}, transaction manager and {@link Clock}
 * (a UTC system clock when it has none).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@Conditional(CalendarAutoConfiguration.ClientIdSet.class)
@EnableConfigurationProperties(CalendarSettings.class)
public class CalendarAutoConfiguration {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock calendarClock() {
        return Clock.systemUTC();
    }

    @Bean
    CalendarConnections calendarConnections(CalendarSettings settings, CalendarParts parts, BusyTimes busyTimes,
                                            Clock clock) {
        return new CalendarConnections(settings, parts.states(), parts.connections(), parts.queue(), parts.mirrored(),
                parts.cipher(), parts.oauth(), parts.tokens(), busyTimes, parts.transactions(), clock);
    }

    @Bean
    CalendarMirror calendarMirror(CalendarParts parts, Clock clock) {
        return new QueuedMirror(parts.queue(), parts.mirrored(), clock);
    }

    @Bean
    BusyTimes calendarBusyTimes(CalendarSettings settings, CalendarParts parts, Clock clock) {
        return new BusyTimes(parts.tokens(), parts.clients(), settings, clock);
    }

    @Bean
    SyncWorker calendarSyncWorker(CalendarSettings settings, CalendarParts parts, Clock clock) {
        return new SyncWorker(parts.queue(), parts.runner(), clock, settings.pollInterval(), settings.taskLease());
    }

    @Bean
    CalendarParts calendarParts(CalendarSettings settings, DataSource dataSource,
                                PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
                                Clock clock) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        HttpTransport transport = new NetHttpTransport();
        JsonFactory json = GsonFactory.getDefaultInstance();
        HttpRequestInitializer timeouts = request -> request
                .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                .setReadTimeout((int) READ_TIMEOUT.toMillis());
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        ConnectionRepository connections = new ConnectionRepository(jdbc);
        TokenCipher cipher = new TokenCipher(settings.tokenKey());
        GoogleOAuth oauth = new GoogleOAuth(settings, transport, json, timeouts);
        TaskQueue queue = new TaskQueue(jdbc);
        MirroredEventRepository mirrored = new MirroredEventRepository(jdbc);
        AccessTokens tokens = new AccessTokens(connections, cipher, oauth, transactions, events, clock);
        CalendarClients clients = new CalendarClients(transport, json, timeouts, settings.calendarRootUrl());
        TaskRunner runner = new TaskRunner(queue, mirrored, tokens, clients, new EventWriter(settings.meetLinks()),
                transactions, events, clock, new Backoff(settings.retryBase(), settings.retryCap()));
        return new CalendarParts(new OAuthStateRepository(jdbc), connections, queue, mirrored, cipher, oauth, tokens,
                clients, runner, transactions);
    }

    /**
     * The internal pieces shared by the public beans, kept in one bean so that none of them is a bean of its own
     * (they are package-private, and the application should not be able to inject them).
     */
    record CalendarParts(OAuthStateRepository states, ConnectionRepository connections, TaskQueue queue,
                         MirroredEventRepository mirrored, TokenCipher cipher, GoogleOAuth oauth, AccessTokens tokens,
                         CalendarClients clients, TaskRunner runner, TransactionTemplate transactions) {
    }

    /**
     * {@code @ConditionalOnProperty} would also match an empty value, and {@code client-id: ${GOOGLE_CLIENT_ID:}}
     * in application.yml yields exactly that when the variable is unset: the feature must stay off then.
     */
    static class ClientIdSet extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String clientId = context.getEnvironment().getProperty("mentorbot.calendar.client-id");
            return clientId == null || clientId.isBlank()
                    ? ConditionOutcome.noMatch("mentorbot.calendar.client-id is not set")
                    : ConditionOutcome.match("mentorbot.calendar.client-id is set");
        }
    }
}
