package io.veil.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency arrows across modules point one way: stages depend on the core model and interfaces, never on
 * each other or on the CLI; the core never touches an adapter library (Tesseract, OpenCV, JDBC, image codecs).
 */
class ArchitectureTest {
    private static final JavaClasses VEIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test fixtures shared through test-jars (TestImages, SyntheticClip) are test code too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.veil");

    @Test
    void theCoreNeverImportsAnAdapterLibrary() {
        noClasses().that().resideInAPackage("io.veil.(model|spi|pipeline)..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..", "java.sql..", "javax.imageio..",
                        "com.google.zxing..", "com.fasterxml..", "org.flywaydb..", "picocli..")
                .check(VEIL);
    }

    @Test
    void stagesNeverDependOnEachOtherOrOnTheCommandLine() {
        String[] stages = {"io.veil.recognize..", "io.veil.imaging..", "io.veil.ocr..", "io.veil.faces..", "io.veil.report..",
            "io.veil.audit..", "io.veil.text..", "io.veil.pdf..", "io.veil.video.."};
        for (String stage : stages) {
            String[] others = java.util.Arrays.stream(stages).filter(s -> !s.equals(stage)).toArray(String[]::new);
            noClasses().that().resideInAPackage(stage)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAPackage("io.veil.cli..")
                    .allowEmptyShould(true) // a stage module that the command line does not ship yet
                    .check(VEIL);
        }
    }
}
