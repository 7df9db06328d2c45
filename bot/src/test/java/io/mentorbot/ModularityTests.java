package io.mentorbot;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The module structure: modules talk through their API packages, and outside types stay in their adapters. */
class ModularityTests {

    /**
     * The modules that hold the platform's rules and data. Every one of them is reachable from both front ends (the
     * Telegram adapter today, the web adapter next), so none may know either. {@code calendarlink} is one of them: it
     * speaks calendar-sync's own API ({@code io.mentorbot.calendar}), never Google's types, which stay in calendar-sync.
     */
    private static final List<String> DOMAIN_MODULES = List.of("accounts", "admin", "bookings", "calendarlink",
            "clock", "database", "identity", "mail", "mentors", "notices", "payments", "reminders", "reviews", "slots",
            "stats");

    /**
     * The adapters: the only places that may know Telegram (and the sandbox that stands in for it), and the web API's
     * requests and answers.
     */
    private static final List<String> ADAPTERS = List.of("sandbox", "telegram", "web");

    /** calendar-sync's package: a library the bot depends on, seen as a module because it shares the base package. */
    private static final List<String> LIBRARIES = List.of("calendar");

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mentorbot");

    private final ApplicationModules modules = ApplicationModules.of(MentorBotApplication.class);

    @Test
    void theApplicationIsMadeOfTheDomainModulesAndItsAdapters() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .containsExactlyInAnyOrderElementsOf(Stream.of(DOMAIN_MODULES, ADAPTERS, LIBRARIES)
                        .flatMap(List::stream).toList());
    }

    @Test
    void modulesRespectEachOthersBoundaries() {
        modules.verify();
    }

    @Test
    void domainModulesKnowNothingOfTelegramOrGoogle() {
        noClasses().that().resideInAnyPackage(packages(DOMAIN_MODULES))
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "com.google..")
                .check(APPLICATION);
    }

    @Test
    void domainModulesKnowNothingOfTheTelegramAdapterOrTheSandbox() {
        noClasses().that().resideInAnyPackage(packages(DOMAIN_MODULES))
                .should().dependOnClassesThat().resideInAnyPackage(packages(ADAPTERS))
                .check(APPLICATION);
    }

    @Test
    void domainModulesKnowNothingOfHttpRequestsOrControllers() {
        noClasses().that().resideInAnyPackage(packages(DOMAIN_MODULES))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..",
                        "org.springframework.web.bind..", "org.springframework.http..")
                .check(APPLICATION);
    }

    @Test
    void theTelegramAdaptersFeaturePackagesFormNoCycles() {
        slices().matching("io.mentorbot.telegram.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static String[] packages(List<String> modules) {
        return modules.stream().map(module -> "io.mentorbot." + module + "..").toArray(String[]::new);
    }
}
