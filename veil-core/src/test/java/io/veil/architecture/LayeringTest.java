package io.veil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency arrows of veil-core point one way: pipeline → spi → model. */
class LayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.veil");

    @Test
    void theModelDependsOnNothingElseInVeil() {
        noClasses().that().resideInAPackage("io.veil.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.veil.spi..", "io.veil.pipeline..")
                .check(classes);
    }

    @Test
    void stageInterfacesNeverReachBackIntoThePipeline() {
        noClasses().that().resideInAPackage("io.veil.spi..")
                .should().dependOnClassesThat().resideInAPackage("io.veil.pipeline..")
                .check(classes);
    }
}
