package io.socialroi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The package rules of docs/design.md, held by the build instead of by reviews: features form no cycle; the
 * shared kernel (common, reporting) knows no feature; only the metric catalogue, goals and
 * delivery (saved reports, schedules, digests: they run the reports) depend on the cross-feature reports; GraphQL
 * classes map, they do not query; the pure core imports no framework.
 */
class ArchitectureTest {

    static final String ROOT = "io.socialroi";
    /** The classes that are plain Java on purpose: millisecond tests, reusable by a batch job. */
    static final List<String> PURE_CORE = List.of("RoiCalculator", "Currencies", "Utm", "ConversionPath",
            "AttributionSettings", "MarkovChain", "DecayWeight", "DecimalMath", "CohortStatistics", "KeywordMath",
            "SavingsPeriods", "GoalProjection", "EngagementMath", "Period", "TimeBuckets", "WorkspacePeriod", "ContentMath",
            "Correlation", "RelativePeriods", "TimeZones", "AnomalyBand", "AnomalyCauses", "BudgetPace", "DailyLeaf",
            "DailyTotals");
    static final String[] FRAMEWORKS = { "jakarta..", "javax.persistence..", "org.eclipse.microprofile..", "io.quarkus..",
            "io.smallrye..", "io.vertx..", "org.hibernate..", "org.jboss..", "graphql.." };

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** Classes of the service outside the named top-level packages. */
    static DescribedPredicate<JavaClass> inAPackageOtherThan(String... allowed) {
        List<String> prefixes = Arrays.stream(allowed).map(p -> ROOT + "." + p).toList();
        return DescribedPredicate.describe("are in a package of the service other than " + String.join(", ", allowed),
                c -> c.getPackageName().startsWith(ROOT + ".")
                        && prefixes.stream().noneMatch(p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")));
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat(inAPackageOtherThan("common"))
                .because("common is the floor every feature stands on")
                .check(classes);
    }

    @Test
    void theReportingKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".reporting..")
                .should().dependOnClassesThat(inAPackageOtherThan("common", "reporting"))
                .because("every feature's reports use the kernel; a kernel that used a feature would make a cycle")
                .check(classes);
    }

    @Test
    void onlyMetricsGoalsAndDeliveryStandAboveTheCrossFeatureReports() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".report..", ROOT + ".metric..", ROOT + ".goal..",
                        ROOT + ".delivery..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".report..")
                .because("a feature owns its reads (engagement, attribution, paths, funnel, ...) and report only combines"
                        + " them; a feature that read report would sit both below and above it")
                .check(classes);
    }

    @Test
    void graphQLClassesDoNotQuery() {
        noClasses().that().areAnnotatedWith(GraphQLApi.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "java.sql..", "javax.sql..", "io.quarkus.hibernate.orm.panache..", "io.quarkus.panache..")
                .orShould().dependOnClassesThat().areAssignableTo(PanacheEntityBase.class)
                .because("a @GraphQLApi class maps arguments to a service call and types back; services own queries")
                .check(classes);
    }

    @Test
    void thePureCoreImportsNoFramework() {
        for (String name : PURE_CORE) {
            noClasses().that().haveSimpleName(name).and().resideInAPackage(ROOT + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                    .because(name + " is plain Java: tested in milliseconds, reusable outside the service")
                    .check(classes);
        }
    }

    @Test
    void theImportFileReaderImportsNoFramework() {
        noClasses().that().resideInAPackage(ROOT + ".imports.file..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("reading an export file is plain Java: tested in milliseconds, the import service writes"
                        + " what it reads")
                .check(classes);
    }
}
