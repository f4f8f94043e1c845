package jp.nintei.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the README, checked: shell → screens → ui → store / csv → domain, with no circle; screens never
 * touch SQL or files; the engine knows neither JavaFX nor SQL; {@code Platform.runLater} lives in one class. (That no
 * store call runs on the FX thread is checked at run time by the window tests, see {@code AppWindowTestBase}.)
 */
class LayeringTest {

    private static final String[] SCREENS = {"jp.nintei.dashboard..", "jp.nintei.jobs..", "jp.nintei.messages..",
        "jp.nintei.reviews..", "jp.nintei.settings.."};

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.nintei");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("jp.nintei.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void screensReachDataOnlyThroughTheSession() {
        noClasses().that().resideInAnyPackage(SCREENS)
                .should().dependOnClassesThat().resideInAnyPackage("jp.nintei.store..", "jp.nintei.csv..", "java.sql..",
                        "org.sqlite..")
                .check(classes);
    }

    @Test
    void theKitKnowsNoScreenAndNoShell() {
        noClasses().that().resideInAPackage("jp.nintei.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(SCREENS, "jp.nintei.shell.."))
                .check(classes);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("jp.nintei.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.apache.commons.csv..", "jp.nintei.store..", "jp.nintei.csv..", "jp.nintei.ui..")
                .check(classes);
    }

    @Test
    void theStoreTheFilesAndTheCliNeverStartJavaFx() {
        noClasses().that().resideInAnyPackage("jp.nintei.store..", "jp.nintei.csv..", "jp.nintei.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyTheFxTaskRunnerCallsRunLater() {
        noClasses().that().doNotHaveFullyQualifiedName("jp.nintei.shell.FxTaskRunner")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    private static String[] concat(String[] a, String b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = b;
        return all;
    }
}
