package io.mentorbot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module structure: modules talk through their API packages, and outside types stay in their adapters. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MentorBotApplication.class);

    @Test
    void modulesRespectEachOthersBoundaries() {
        modules.verify();
    }

    @Test
    void domainModulesKnowNothingOfTelegramOrGoogle() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mentorbot");
        noClasses().that().resideInAnyPackage("io.mentorbot.accounts..", "io.mentorbot.mentors..",
                        "io.mentorbot.slots..", "io.mentorbot.bookings..", "io.mentorbot.reviews..",
                        "io.mentorbot.payments..", "io.mentorbot.reminders..", "io.mentorbot.stats..",
                        "io.mentorbot.relay..", "io.mentorbot.database..", "io.mentorbot.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "com.google..")
                .check(classes);
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
