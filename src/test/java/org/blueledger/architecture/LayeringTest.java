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

    static final List<String> FEATURES = List.of("allegation", "investigation", "notification", "sanction",
            "victimsupport", "statistics", "audit", "security", "reference", "home", "reminder");

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

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.blueledger.(*)..").should().beFreeOfCycles().check(classes);
    }
}
