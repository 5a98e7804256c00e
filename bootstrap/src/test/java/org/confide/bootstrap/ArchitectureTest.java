package org.confide.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.security.FormKey;
import org.confide.adapter.web.security.TrustedProxies;

/**
 * The module arrows of docs/architecture.md, held at the level of classes: Maven's module graph is
 * the first guard, these rules the second (they also see what reflection-free code in one module
 * does with the classes of another, and the rules inside a module).
 */
@AnalyzeClasses(
    packages = "org.confide",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /** Leaves out test classes that arrive packaged in another module's test-jar. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String DOMAIN = "org.confide.domain..";
  private static final String APPLICATION = "org.confide.application..";
  private static final String PERSISTENCE = "org.confide.adapter.persistence..";
  private static final String WEB = "org.confide.adapter.web..";
  private static final String MAIL = "org.confide.adapter.mail..";
  private static final String BOOTSTRAP = "org.confide.bootstrap..";
  private static final String TESTING = "org.confide.testing..";
  private static final String WEB_API = "org.confide.adapter.web.api..";
  private static final String WEB_PAGES = "org.confide.adapter.web.pages..";
  private static final String WEB_SECURITY = "org.confide.adapter.web.security..";
  private static final String WEB_RENDERING = "org.confide.adapter.web.rendering..";

  @ArchTest
  static final ArchRule modulesDependOnlyInwards =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("org.confide..")
          .layer("Domain")
          .definedBy(DOMAIN)
          .layer("Application")
          .definedBy(APPLICATION)
          .layer("Persistence")
          .definedBy(PERSISTENCE)
          .layer("Web")
          .definedBy(WEB)
          .layer("Mail")
          .definedBy(MAIL)
          .layer("Bootstrap")
          .definedBy(BOOTSTRAP)
          .layer("Testing")
          .definedBy(TESTING)
          .whereLayer("Bootstrap")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Testing")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Web")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Persistence")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Mail")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Web", "Persistence", "Mail", "Bootstrap", "Testing")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers(
              "Application", "Web", "Persistence", "Mail", "Bootstrap", "Testing")
          .because(
              "the hexagon runs bootstrap -> adapters -> application -> domain,"
                  + " and nothing points outwards; the test fixtures stand beside the adapters,"
                  + " and no production code uses them");

  @ArchTest
  static final ArchRule testFixturesUseOnlyTheCoreAndTheirTestLibraries =
      classes()
          .that()
          .resideInAPackage(TESTING)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              TESTING, APPLICATION, DOMAIN, "java..", "org.junit..", "org.assertj..")
          .because(
              "a tester of the core gets the fixtures with no web server or database, and the"
                  + " adapters are held to the same port contracts the fixtures state");

  @ArchTest
  static final ArchRule domainUsesOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(DOMAIN, "java..")
          .because(
              "the domain is the model an integrator embeds: it must run with the JDK alone,"
                  + " with no framework deciding its shape");

  @ArchTest
  static final ArchRule applicationUsesOnlyTheDomainAndTheJdk =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .and()
          .resideOutsideOfPackage("org.confide.application.crypto..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
          .because(
              "use cases speak only the domain's language; web and database arrive as adapters"
                  + " through ports");

  @ArchTest
  static final ArchRule theCryptoLibraryStaysInOnePackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.confide.application.crypto..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bouncycastle..")
          .because(
              "Argon2id is the one primitive the JDK lacks; confining its library to one package"
                  + " keeps it replaceable");

  @ArchTest
  static final ArchRule adaptersNeverUseEachOther =
      slices()
          .matching("org.confide.adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter plugs into the application alone, so either can be replaced");

  @ArchTest
  static final ArchRule onlyBootstrapConstructsAdapters =
      noClasses()
          .that()
          .resideOutsideOfPackages(PERSISTENCE, WEB, MAIL, BOOTSTRAP)
          .should()
          .callConstructorWhere(target(owner(resideInAnyPackage(PERSISTENCE, WEB, MAIL))))
          .because("wiring is bootstrap's job alone: the core never chooses its adapters");

  @ArchTest
  static final ArchRule webSecurityAndRenderingServeEveryRoom =
      noClasses()
          .that()
          .resideInAnyPackage(WEB_SECURITY, WEB_RENDERING)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WEB_API, WEB_PAGES)
          .because(
              "HTTP security and rendering hold for every request and every page alike; if they"
                  + " knew the API or the pages, a change to a handler could weaken a defence or a"
                  + " drawing for the other room");

  @ArchTest
  static final ArchRule theWebApiNeverUsesThePages =
      noClasses()
          .that()
          .resideInAPackage(WEB_API)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(WEB_PAGES)
          .because(
              "the API and the pages are two ways into the same use cases; what they share lives"
                  + " at the adapter's root, so either can change without the other");

  @ArchTest
  static final ArchRule theWebPagesNeverUseTheApi =
      noClasses()
          .that()
          .resideInAPackage(WEB_PAGES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(WEB_API)
          .because(
              "a page answers a browser, the API a client; a page that borrowed the API's"
                  + " records or handlers would change whenever the HTTP contract does");

  @ArchTest
  static final ArchRule theWebAdapterIsUsedOnlyThroughItsEntry =
      noClasses()
          .that()
          .resideOutsideOfPackage(WEB)
          .should()
          .dependOnClassesThat(
              resideInAPackage(WEB)
                  .and(
                      not(
                          belongToAnyOf(
                              WebServer.class,
                              WebSettings.class,
                              SingleSignOnSettings.class,
                              FormKey.class,
                              TrustedProxies.class,
                              Languages.class))))
          .because(
              "bootstrap builds the web adapter from its settings and starts it, and hands its"
                  + " languages to the emails too; its rooms are its own business, so they can be"
                  + " rearranged without touching the wiring");

  @ArchTest
  static final ArchRule adaptersAreNotConstructedByTheOtherAdapter =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PERSISTENCE)
          .because("the web adapter reaches storage only through the application's ports");

  @ArchTest
  static final ArchRule adaptersDriveUseCasesNotServices =
      noClasses()
          .that()
          .resideInAnyPackage(PERSISTENCE, WEB, MAIL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.confide.application.service..", "org.confide.application.memory..")
          .because(
              "an adapter drives the application through its use-case interfaces and implements"
                  + " its ports; which service answers, and the in-memory stores, are the"
                  + " assembly's business, so either can change without touching an adapter");

  @ArchTest
  static final ArchRule drivingPortsNeverSpeakOfDrivenPorts =
      noClasses()
          .that()
          .resideInAPackage("org.confide.application.port.in..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.confide.application.port.out..")
          .because(
              "a use case speaks the domain's language to whoever drives it; how the application"
                  + " stores things is behind it, and a driving adapter must not learn of it");

  @ArchTest
  static final ArchRule modulesAreFreeOfCycles =
      slices()
          .matching("org.confide.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a cycle between modules would make the module arrows meaningless");

  @ArchTest
  static final ArchRule domainPackagesAreFreeOfCycles =
      slices()
          .matching("org.confide.domain.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "domain concepts build on each other in one direction, so each can be read alone");

  @ArchTest
  static final ArchRule applicationPackagesAreFreeOfCycles =
      slices()
          .matching("org.confide.application.(**)")
          .should()
          .beFreeOfCycles()
          .because("ports, services and adapters of the application form layers of their own");

  @ArchTest
  static final ArchRule noTechnicalSuffixes =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Entity")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("VO")
          .orShould()
          .haveSimpleNameEndingWith("Dto")
          .orShould()
          .haveSimpleNameEndingWith("DTO")
          .because(
              "the code speaks the language of the people who use it (STYLE.md): Reports, not"
                  + " ReportRepositoryImpl");

  @ArchTest
  static final ArchRule useCasesAreInterfacesNamedForWhatTheyDo =
      classes()
          .that()
          .resideInAPackage("org.confide.application.port.in..")
          .and()
          .haveSimpleNameEndingWith("UseCase")
          .should()
          .beInterfaces()
          .because("a driving port is one interface per use case, <Verb><Noun>UseCase");

  @ArchTest
  static final ArchRule servicesImplementUseCases =
      classes()
          .that()
          .resideInAPackage("org.confide.application.service..")
          .and()
          .haveSimpleNameEndingWith("Service")
          .should()
          .implement(simpleNameEndingWith("UseCase"))
          .because("each <Verb><Noun>Service implements its <Verb><Noun>UseCase");

  @ArchTest
  static final ArchRule drivenPortsAreInterfaces =
      classes()
          .that()
          .resideInAPackage("org.confide.application.port.out..")
          .and()
          .areTopLevelClasses()
          .and()
          .areNotRecords()
          .and()
          .areNotEnums()
          .should()
          .beInterfaces()
          .because("driven ports are contracts the adapters fulfil, not implementations");
}
