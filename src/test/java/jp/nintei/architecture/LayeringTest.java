package jp.nintei.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import javafx.application.Platform;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layers of the README, checked on the main classes (imported once for all rules):
 * domain ← words ← store / csv ← app ← ui / cli ← screens ← shell, all over i18n (the bundle and its phrases, which
 * depends on nothing of Nintei). Each layer is reached only from the layers above it; the
 * screens know nothing of each other; the engine knows neither JavaFX nor SQL; {@code Platform.runLater} — called or
 * passed as a method reference — lives in one class; presenters hold properties, not nodes. (That no store call runs
 * on the FX thread is checked at run time by the window tests, see {@code AppWindowTestBase}.)
 */
@AnalyzeClasses(packages = "jp.nintei", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String[] SCREENS = {"jp.nintei.dashboard..", "jp.nintei.jobs..", "jp.nintei.messages..",
        "jp.nintei.reviews..", "jp.nintei.settings.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("jp.nintei.domain..")
            .layer("Words").definedBy("jp.nintei.words..")
            .layer("Files").definedBy("jp.nintei.files..")
            .layer("Store").definedBy("jp.nintei.store..", "jp.nintei.csv..")
            .layer("App").definedBy("jp.nintei.app..")
            .layer("Ui").definedBy("jp.nintei.ui..")
            .layer("Cli").definedBy("jp.nintei.cli..")
            .layer("Screens").definedBy(SCREENS)
            .layer("Shell").definedBy("jp.nintei.shell..")
            .whereLayer("Shell").mayNotBeAccessedByAnyLayer()
            .whereLayer("Screens").mayOnlyBeAccessedByLayers("Shell")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Shell")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Screens", "Shell")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli", "Screens", "Shell")
            // the shell is the composition root: it opens the logbook (and the way back when it cannot be opened)
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Shell")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Store", "App", "Shell")
            .whereLayer("Words").mayOnlyBeAccessedByLayers("Store", "App", "Ui", "Cli", "Screens", "Shell")
            .because("data flows one way: store → engine → app → presenter → view, and each use case is written once");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("jp.nintei.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule screensKnowNothingOfEachOther = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            for (String screen : SCREENS) {
                String pkg = screen.substring(0, screen.length() - 2);
                if (javaClass.getPackageName().equals(pkg) || javaClass.getPackageName().startsWith(pkg + ".")) {
                    return SliceIdentifier.of(pkg);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the screens";
        }
    }).should().notDependOnEachOther();

    /** The words in two languages, which the domain uses for its refusals: below everything, so it knows nothing. */
    @ArchTest
    static final ArchRule i18nIsTheBottom = noClasses().that().resideInAPackage("jp.nintei.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.nintei.domain..", "jp.nintei.words..",
                    "jp.nintei.files..", "jp.nintei.store..", "jp.nintei.csv..", "jp.nintei.app..", "jp.nintei.ui..",
                    "jp.nintei.cli..", "jp.nintei.shell..", "jp.nintei.dashboard..", "jp.nintei.jobs..",
                    "jp.nintei.messages..", "jp.nintei.reviews..", "jp.nintei.settings..");

    @ArchTest
    static final ArchRule theDomainIsPlainJava = noClasses().that().resideInAPackage("jp.nintei.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                    "org.apache.commons.csv..", "picocli..", "jp.nintei.words..");

    @ArchTest
    static final ArchRule belowTheScreensNothingStartsJavaFx = noClasses()
            .that().resideInAnyPackage("jp.nintei.i18n..", "jp.nintei.domain..", "jp.nintei.words..",
                    "jp.nintei.store..", "jp.nintei.csv..", "jp.nintei.files..", "jp.nintei.app..", "jp.nintei.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    /** A call, or a method reference ({@code Platform::runLater}): both hand work to the FX thread. */
    @ArchTest
    static final ArchRule onlyTheFxTaskRunnerHandsWorkToTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName("jp.nintei.shell.FxTaskRunner")
            .should().accessTargetWhere(describe("Platform.runLater", (JavaAccess<?> access) ->
                    access.getTargetOwner().isEquivalentTo(Platform.class)
                            && access.getName().equals("runLater")));

    @ArchTest
    static final ArchRule presentersHoldPropertiesNotNodes = noClasses().that().haveSimpleNameEndingWith("Presenter")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");
}
