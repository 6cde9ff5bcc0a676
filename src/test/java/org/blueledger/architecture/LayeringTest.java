package org.blueledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house-style layering rules, checked on the compiled production classes. */
class LayeringTest {

    static final List<String> FEATURES = List.of("allegation", "followup", "deadline", "demo", "sanction",
            "victimsupport", "statistics", "audit", "security", "reference", "home", "reminder");

    /**
     * The named exceptions to the cuts, each a class that may break one rule, and why. Keep this
     * list short and shrinking; a new entry needs a reason a reviewer accepts.
     */
    static final List<String> PERSISTENCE_EXCEPTIONS = List.of(
            // demo data writes its rows through the kernel's repository, as intake does (demo mode only)
            "org.blueledger.demo.DemoCaseLoader");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.blueledger");
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.blueledger.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(f -> "org.blueledger." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    /**
     * Issue 11, finding 11: the API answers with typed records that JSON-B writes and the OpenAPI
     * document describes; no resource builds JSON by hand (the JSON-P builders), so no answer can
     * drift from its schema. Parsing a body ({@code JsonValue}, {@code JsonBodyReader}) stays allowed.
     */
    @Test
    void apiBuildsNoJsonByHand() {
        noClasses().that().resideInAnyPackage("org.blueledger..api..", "org.blueledger.platform.rest..")
                .should().callMethod(jakarta.json.Json.class, "createObjectBuilder")
                .orShould().callMethod(jakarta.json.Json.class, "createArrayBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(jakarta.json.JsonObjectBuilder.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(jakarta.json.JsonArrayBuilder.class.getName())
                .check(classes);
    }

    @Test
    void domainUsesNoContainerOrWebApi() {
        noClasses().that().resideInAPackage("org.blueledger..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.ejb..", "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.primefaces..",
                        "org.blueledger..service..", "org.blueledger..persistence..", "org.blueledger..web..",
                        "org.blueledger..api..")
                .check(classes);
    }

    @Test
    void servicesAndRepositoriesDoNotUseTheWebOrApiLayers() {
        noClasses().that().resideInAnyPackage("org.blueledger..service..", "org.blueledger..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.blueledger..web..", "org.blueledger..api..",
                        "jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void persistenceIsUsedOnlyByItsOwnFeature() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage("org.blueledger." + feature + "..")
                    .and().doNotHaveFullyQualifiedName(PERSISTENCE_EXCEPTIONS.get(0))
                    .should().dependOnClassesThat().resideInAPackage("org.blueledger." + feature + ".persistence..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noFeatureUsesAnotherFeaturesWebOrApi() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage("org.blueledger." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.blueledger." + feature + ".web..",
                            "org.blueledger." + feature + ".api..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /**
     * The case kernel ({@code allegation}) imports no feature: only the shared services below it
     * (security, audit, reference data, the deadline registry). Features plug into it through its
     * ports instead (CaseVisibility, DeadlineSource, ...).
     */
    @Test
    void theKernelImportsNoFeature() {
        onlyUses("allegation", "security", "audit", "reference", "deadline");
    }

    /** The deadline registry knows no feature: each contributes its clocks through DeadlineSource. */
    @Test
    void theDeadlineRegistryKnowsNoFeature() {
        onlyUses("deadline", "security");
    }

    /** {@code feature}'s classes use no other feature than {@code allowed} (the platform is always allowed). */
    private static void onlyUses(String feature, String... allowed) {
        List<String> others = FEATURES.stream().filter(f -> !f.equals(feature) && !List.of(allowed).contains(f))
                .map(f -> "org.blueledger." + f + "..").toList();
        noClasses().that().resideInAPackage("org.blueledger." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.blueledger.(*)..").should().beFreeOfCycles().check(classes);
    }
}
