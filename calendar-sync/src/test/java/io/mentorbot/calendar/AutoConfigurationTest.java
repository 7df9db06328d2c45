package io.mentorbot.calendar;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Without Google settings the feature hides itself; the bot asks for the beans to know. */
class AutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class));

    @Test
    void withoutAClientIdThereIsNoCalendarSync() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(CalendarConnections.class)
                    .doesNotHaveBean(CalendarMirror.class)
                    .doesNotHaveBean(BusyTimes.class)
                    .doesNotHaveBean(SyncWorker.class);
        });
    }

    @Test
    void aBlankClientIdCountsAsNone() {
        runner.withPropertyValues("mentorbot.calendar.client-id=", "mentorbot.calendar.token-key=")
                .run(context -> assertThat(context).doesNotHaveBean(CalendarConnections.class));
    }

    @Test
    void aClientIdWithABadTokenKeyFailsAtStartWithAClearMessage() {
        runner.withPropertyValues("mentorbot.calendar.client-id=x", "mentorbot.calendar.token-key=c2hvcnQ=")
                .withBean(DataSource.class, SimpleDriverDataSource::new)
                .withBean(PlatformTransactionManager.class,
                        () -> new DataSourceTransactionManager(new SimpleDriverDataSource()))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("CALENDAR_TOKEN_KEY"));
    }
}
