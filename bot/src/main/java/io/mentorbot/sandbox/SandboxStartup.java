package io.mentorbot.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Once the web server listens: seeds the demo platform if the database is empty, then says where to go. */
@Component
@OnSandbox
class SandboxStartup {

    private static final Logger log = LoggerFactory.getLogger(SandboxStartup.class);

    private final DemoData demo;
    private final Personas personas;
    private final Environment environment;

    SandboxStartup(DemoData demo, Personas personas, Environment environment) {
        this.demo = demo;
        this.personas = personas;
        this.environment = environment;
    }

    /** Set as soon as the application starts to stop (e.g. SIGTERM), before the database goes. */
    private volatile boolean stopping;

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        try {
            demo.seedIfEmpty();
        } catch (RuntimeException e) {
            if (!stopping) {
                throw e;
            }
            // Stopped while seeding: the seeding's transaction rolled back, and the next start seeds again.
            log.info("Sandbox: stopped before the demo data was seeded; it is seeded at the next start");
            return;
        }
        if (!demo.isDemoDatabase()) {
            return; // seedIfEmpty said why
        }
        personas.all(); // every known person gets their chat, so the bot can write to them at once
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("SANDBOX: open http://localhost:{}/sandbox to chat with the bot as a student, a mentor or the admin",
                port);
    }
}
