package org.blueledger.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house-style layering rules, checked on the compiled production classes. */
class LayeringTest {

    static final List<String> FEATURES = List.of("allegation", "followup", "deadline", "demo", "sanction",
            "victimsupport", "statistics", "audit", "security", "reference", "home", "reminder");

    /** The shared services the case kernel stands on; it imports no other feature. */
    static final List<String> BELOW_THE_KERNEL = List.of("security", "audit", "reference", "deadline");

    /**
     * The named exceptions to the cuts: a dependency from classes whose name starts with
     * {@code from} on classes whose name starts with {@code to}, and why it is still there. Every
     * rule below honours them, and {@link #everyExceptionIsStillNeeded} fails when one is no longer
     * used, so the list can only shrink. A new entry needs a reason a reviewer accepts.
     */
    record Allowed(String from, String to, String why) {
        boolean covers(Dependency d) {
            return d.getOriginClass().getName().startsWith(from) && d.getTargetClass().getName().startsWith(to);
        }
    }

    static final List<Allowed> EXCEPTIONS = List.of(
            new Allowed("org.blueledger.demo.DemoCaseLoader", "org.blueledger.allegation.persistence.AllegationRepository",
                    "demo data writes its rows through the kernel's repository, as intake does (demo mode only)"),
            new Allowed("org.blueledger.allegation.api.schema.CaseResponses", "org.blueledger.followup.api.schema.FollowUpResponses",
                    "the OpenAPI schema of the case's answer describes the follow-up's slots with the follow-up's schemas "
                            + "(Payara inlines them by class; a $ref by name would change the document); the answer itself "
                            + "takes the records through the kernel's CaseJsonPart"));

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
            noDependency(feature + "'s persistence outside " + feature, c -> !inFeature(c, feature),
                    c -> c.getPackageName().startsWith("org.blueledger." + feature + ".persistence"));
        }
    }

    /**
     * Web and api are adapters: they call services, never a feature's repository (their own
     * feature's either). The platform's technical persistence pieces (the database gate) are not a feature's.
     */
    @Test
    void webAndApiCallServicesOnly() {
        noDependency("web or api on persistence", c -> layer(c, "web") || layer(c, "api"),
                c -> layer(c, "persistence") && !inFeature(c, "platform"));
    }

    @Test
    void noFeatureUsesAnotherFeaturesWebOrApi() {
        for (String feature : FEATURES) {
            noDependency(feature + "'s web or api outside " + feature, c -> !inFeature(c, feature),
                    c -> c.getPackageName().startsWith("org.blueledger." + feature + ".web")
                            || c.getPackageName().startsWith("org.blueledger." + feature + ".api"));
        }
    }

    /**
     * The case kernel ({@code allegation}) imports no feature: only the shared services below it
     * (security, audit, reference data, the deadline registry). Features plug into it through its
     * ports instead (CaseFollowUp, CaseJsonPart, CaseTab and OpenCase, and the registry's DeadlineSource
     * and CaseVisibility).
     */
    @Test
    void theKernelImportsNoFeature() {
        onlyUses("allegation", BELOW_THE_KERNEL.toArray(String[]::new));
    }

    /**
     * The case page (allegation/view.xhtml) names no other feature's bean: the tabs other features
     * add come in through the kernel's tab port (CaseTab, OpenCase), each an include they own.
     */
    @Test
    void theCasePageNamesNoFeaturesBean() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp/allegation/view.xhtml"));
        List<String> named = new ArrayList<>();
        for (JavaClass c : classes) {
            if (c.isAnnotatedWith("jakarta.inject.Named") && !inFeature(c, "allegation") && !inFeature(c, "platform")
                    && FEATURES.stream().anyMatch(f -> inFeature(c, f))) {
                String bean = Character.toLowerCase(c.getSimpleName().charAt(0)) + c.getSimpleName().substring(1);
                if (page.matches("(?s).*#\\{\\s*" + bean + "\\b.*")) {
                    named.add(bean + " (" + c.getName() + ")");
                }
            }
        }
        assertTrue(named.isEmpty(), "the case page names other features' beans: " + named);
    }

    /** The deadline registry knows no feature: each contributes its clocks through DeadlineSource. */
    @Test
    void theDeadlineRegistryKnowsNoFeature() {
        onlyUses("deadline", "security");
    }

    /** The follow-up hangs off the case: it uses the kernel's services and domain and the shared services, nothing else. */
    @Test
    void theFollowUpUsesOnlyTheKernelAndTheSharedServices() {
        onlyUses("followup", "allegation", "security", "audit", "reference", "deadline");
    }

    @Test
    void everyExceptionIsStillNeeded() {
        for (Allowed allowed : EXCEPTIONS) {
            boolean used = classes.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream()).anyMatch(allowed::covers);
            assertTrue(used, "no longer needed, remove it from EXCEPTIONS: " + allowed);
        }
    }

    /** {@code feature}'s classes use no other feature than {@code allowed} (the platform is always allowed). */
    private static void onlyUses(String feature, String... allowed) {
        List<String> others = FEATURES.stream().filter(f -> !f.equals(feature) && !List.of(allowed).contains(f)).toList();
        noDependency(feature + " uses only " + List.of(allowed), c -> inFeature(c, feature),
                c -> others.stream().anyMatch(f -> inFeature(c, f)));
    }

    /** No dependency from a class {@code from} accepts on a class {@code to} accepts, but for the {@link #EXCEPTIONS}. */
    private static void noDependency(String rule, Predicate<JavaClass> from, Predicate<JavaClass> to) {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            if (from.test(c)) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    if (to.test(d.getTargetClass()) && EXCEPTIONS.stream().noneMatch(e -> e.covers(d))) {
                        violations.add(d.getDescription());
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), rule + ", violated by:\n" + String.join("\n", violations));
    }

    private static boolean inFeature(JavaClass c, String feature) {
        String p = c.getPackageName();
        return p.equals("org.blueledger." + feature) || p.startsWith("org.blueledger." + feature + ".");
    }

    private static boolean layer(JavaClass c, String layer) {
        return c.getPackageName().matches("org\\.blueledger\\.[a-z]+\\." + layer + "(\\..*)?");
    }

    /** No cycle between features, but through the named {@link #EXCEPTIONS}. */
    @Test
    void featuresHaveNoCycles() {
        var rule = slices().matching("org.blueledger.(*)..").should().beFreeOfCycles();
        for (Allowed allowed : EXCEPTIONS) {
            rule = rule.ignoreDependency(
                    DescribedPredicate.describe("name starts with " + allowed.from(), c -> c.getName().startsWith(allowed.from())),
                    DescribedPredicate.describe("name starts with " + allowed.to(), c -> c.getName().startsWith(allowed.to())));
        }
        rule.check(classes);
    }
}
