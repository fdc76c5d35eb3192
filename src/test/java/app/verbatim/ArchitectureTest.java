package app.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way: text at the bottom, then the plain cores (matching, extraction) and the
 * API records, then the Works and the corpus side by side, then lookup over both, then the features. Read README's "Design" for what goes where.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.verbatim");
    }

    @Test
    void packagesShouldBeFreeOfCycles() {
        slices().matching("app.verbatim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesShouldOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("text").definedBy("app.verbatim.text..")
                .layer("match").definedBy("app.verbatim.match..")
                .layer("extraction").definedBy("app.verbatim.extraction..")
                .layer("api").definedBy("app.verbatim.api..")
                .layer("db").definedBy("app.verbatim.db..")
                .layer("works").definedBy("app.verbatim.works..")
                .layer("corpus").definedBy("app.verbatim.corpus..")
                .layer("lookup").definedBy("app.verbatim.lookup..")
                .layer("features").definedBy("app.verbatim.duplicates..", "app.verbatim.citation..", "app.verbatim.editor..",
                        "app.verbatim.review..")
                .whereLayer("features").mayNotBeAccessedByAnyLayer()
                .whereLayer("lookup").mayOnlyBeAccessedByLayers("features")
                .whereLayer("corpus").mayOnlyBeAccessedByLayers("lookup", "features")
                .whereLayer("works").mayOnlyBeAccessedByLayers("lookup", "features")
                .whereLayer("extraction").mayOnlyBeAccessedByLayers("corpus")
                .whereLayer("match").mayOnlyBeAccessedByLayers("works", "corpus", "lookup", "features")
                .whereLayer("api").mayOnlyBeAccessedByLayers("works", "corpus", "lookup", "features")
                .whereLayer("text").mayOnlyBeAccessedByLayers("match", "extraction", "api", "works", "corpus", "lookup",
                        "features")
                .check(classes);
    }

    @Test
    void plainCoresShouldNotUseTheFramework() {
        noClasses().that().resideInAnyPackage("app.verbatim.text..", "app.verbatim.match..", "app.verbatim.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax..", "io.quarkus..", "io.smallrye..", "io.vertx..", "org.hibernate..",
                        "java.sql..", "com.github.benmanes..", "com.fasterxml..")
                .because("the matching and extraction cores are plain Java, tested without Quarkus in milliseconds")
                .check(classes);
    }
}
