package io.mentorbot.sandbox;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.telegram.LocalBotApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts the Bot API emulator in sandbox mode ({@link SandboxMode}). With a token this configuration creates nothing,
 * so a real bot can never end up in sandbox mode.
 */
@Configuration(proxyBeanMethods = false)
@OnSandbox
class SandboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);
    static final String SANDBOX_TOKEN = "0:sandbox";

    @Bean(destroyMethod = "close")
    BotApiEmulator sandboxBotApi(SandboxSettings settings, JdbcClient jdbc) {
        BotApiEmulator emulator = BotApiEmulator.start(SANDBOX_TOKEN, settings.botApiPort());
        // The emulator starts afresh with each run, the inbox does not: new update ids must not repeat old ones.
        emulator.continueUpdateIdsAfter(jdbc.sql("SELECT COALESCE(MAX(update_id), 0) FROM telegram_updates")
                .query(Long.class).single());
        log.info("SANDBOX MODE ({}): the bot talks to its built-in Bot API emulator at {} (loopback only); "
                + "no message reaches Telegram.", Boolean.TRUE.equals(settings.enabled()) ? "SANDBOX=true"
                : "no TELEGRAM_BOT_TOKEN and no DATABASE_URL", emulator.baseUrl());
        return emulator;
    }

    /** The emulator, offered to the Telegram adapter as the Bot API it talks to. */
    @Bean
    LocalBotApi sandboxLocalBotApi(BotApiEmulator sandboxBotApi) {
        return new LocalBotApi(sandboxBotApi.token(), sandboxBotApi.port());
    }

    @Bean
    SandboxGate sandboxGate() {
        return new SandboxGate();
    }

    /** The gate in front of every sandbox page, asset and API call, ahead of any other filter. */
    @Bean
    FilterRegistrationBean<SandboxGate> sandboxGateRegistration(SandboxGate gate) {
        FilterRegistrationBean<SandboxGate> registration = new FilterRegistrationBean<>(gate);
        registration.addUrlPatterns("/sandbox", "/sandbox/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
