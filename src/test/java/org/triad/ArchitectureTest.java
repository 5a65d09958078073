package org.triad;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.Serializable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md §2, checked on the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.triad");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.triad.model..")
                .layer("store").definedBy("org.triad.store..")
                .layer("training").definedBy("org.triad.training..")
                .layer("analysis").definedBy("org.triad.analysis..")
                .layer("collect").definedBy("org.triad.collect..")
                .layer("app").definedBy("org.triad.app..")
                .layer("cli").definedBy("org.triad.cli..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("collect").mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("training").mayOnlyBeAccessedByLayers("collect", "app", "cli")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("collect", "app", "cli")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("training", "analysis", "collect", "app", "cli")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void javafxOnlyInApp() {
        noClasses().that().resideOutsideOfPackage("org.triad.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void nd4jOnlyInTrainingAndAnalysis() {
        noClasses().that().resideOutsideOfPackages("org.triad.training..", "org.triad.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void modelUsesNoLibraryTypes() {
        noClasses().that().resideInAPackage("org.triad.model..")
                .should().dependOnClassesThat()
                .resideOutsideOfPackages("org.triad.model..", "java..")
                .check(classes);
    }

    /** Saved results are SQLite, CSV, .npy and JSON (STYLE.md 12): nothing a reader runs. */
    @Test
    void noJavaSerialization() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectOutputStream")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectInput")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectOutput")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.beans.XMLDecoder")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.beans.XMLEncoder")
                .check(classes);
    }

    /**
     * No type of ours opts into Java serialization itself. Enums, exceptions and subclasses of
     * JDK collections (an LRU map) inherit it, harmlessly, since nothing reads them that way.
     */
    @Test
    void noTypeDeclaresItselfSerializable() {
        noClasses().should(new ArchCondition<JavaClass>("declare Serializable") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean declares = type.getRawInterfaces().stream()
                        .anyMatch(i -> i.isEquivalentTo(Serializable.class))
                        || type.getMethods().stream().anyMatch(m -> m.getName().equals(
                                "readObject") || m.getName().equals("readResolve"));
                events.add(new SimpleConditionEvent(type, declares, type.getName()
                        + " declares Java serialization"));
            }
        }).check(classes);
    }
}
