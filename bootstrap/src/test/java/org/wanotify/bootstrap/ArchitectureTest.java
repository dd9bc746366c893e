package org.wanotify.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md, one rule per forbidden edge. */
@AnalyzeClasses(packages = "org.wanotify", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onion = onionArchitecture()
            .domainModels("org.wanotify.domain..")
            .applicationServices("org.wanotify.application..")
            .adapter("http", "org.wanotify.adapters.http..")
            .adapter("whatsapp", "org.wanotify.adapters.whatsapp..")
            .adapter("persistence", "org.wanotify.adapters.persistence..")
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.describe("bootstrap",
                    c -> c.getPackageName().startsWith("org.wanotify.bootstrap")), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
            .withOptionalLayers(true)
            .because("dependencies point inwards: adapters → application → domain, and adapters never use each other");

    @ArchTest
    static final ArchRule domainIsPureJava = classes().that().resideInAPackage("org.wanotify.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.wanotify.domain..", "com.google.i18n.phonenumbers..")
            .because("the domain is plain Java (plus libphonenumber as a value library), with no I/O and no framework");

    @ArchTest
    static final ArchRule innerLayersDoNoIo = noClasses().that().resideInAnyPackage("org.wanotify.domain..", "org.wanotify.application..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net.http..", "com.fasterxml.jackson..")
            .because("databases, HTTP and JSON are adapter concerns");

    @ArchTest
    static final ArchRule adaptersUsePortsNotServices = noClasses().that().resideInAPackage("org.wanotify.adapters..")
            .should().dependOnClassesThat().resideInAPackage("org.wanotify.application.service..")
            .because("adapters talk to use-case and port interfaces, never to their implementations");

    @ArchTest
    static final ArchRule javalinOnlyAtTheHttpEdge = noClasses().that().resideOutsideOfPackages("org.wanotify.adapters.http..", "org.wanotify.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..")
            .because("Javalin belongs to the HTTP adapter");

    @ArchTest
    static final ArchRule databaseOnlyInPersistence = noClasses().that().resideOutsideOfPackages("org.wanotify.adapters.persistence..", "org.wanotify.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "org.sqlite..", "org.postgresql..", "com.zaxxer..")
            .because("JDBI, Flyway and the JDBC drivers belong to the persistence adapter");

    @ArchTest
    static final ArchRule jobRunrOnlyInBootstrap = noClasses().that().resideOutsideOfPackage("org.wanotify.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("org.jobrunr..")
            .because("JobRunr is wired in bootstrap behind ports");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.wanotify.(*)..").should().beFreeOfCycles()
            .because("modules depend on each other in one direction only");
}
