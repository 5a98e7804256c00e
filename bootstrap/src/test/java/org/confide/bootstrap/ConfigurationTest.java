package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.confide.bootstrap.Configuration.Reading;
import org.confide.bootstrap.Configuration.Store;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

  static Configuration valid(Map<String, String> environment) {
    var reading = Configuration.read(environment);
    assertThat(reading).isInstanceOf(Reading.Valid.class);
    return ((Reading.Valid) reading).configuration();
  }

  static Reading.Invalid invalid(Map<String, String> environment) {
    var reading = Configuration.read(environment);
    assertThat(reading).isInstanceOf(Reading.Invalid.class);
    return (Reading.Invalid) reading;
  }

  @Nested
  class WithNothingSet {

    @Test
    void runs_on_embedded_h2_in_confide_data_on_port7070() {
      var configuration = valid(Map.of());

      assertThat(configuration.port()).isEqualTo(7070);
      assertThat(configuration.store()).isEqualTo(Store.H2);
      assertThat(configuration.dataDirectory()).isEqualTo(Path.of("confide-data"));
      assertThat(configuration.secretKeyFile()).isEqualTo(Path.of("confide-data", "secret.key"));
      assertThat(configuration.firstAdministrator()).isEmpty();
      assertThat(configuration.quickExitUrl()).isEqualTo("https://www.bbc.co.uk/weather");
    }

    @Test
    void blank_values_count_as_unset() {
      assertThat(valid(Map.of("CONFIDE_PORT", "  ", "CONFIDE_STORE", "")).port()).isEqualTo(7070);
    }
  }

  @Test
  void a_database_url_means_postgres() {
    var configuration =
        valid(
            Map.of(
                "CONFIDE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/confide",
                "CONFIDE_DATABASE_USER", "confide"));

    assertThat(configuration.store()).isEqualTo(Store.POSTGRES);
    assertThat(configuration.databaseUser()).contains("confide");
  }

  @Test
  void memory_store_can_be_chosen_in_any_case() {
    assertThat(valid(Map.of("CONFIDE_STORE", "Memory")).store()).isEqualTo(Store.MEMORY);
  }

  @Test
  void the_secret_key_file_follows_the_data_directory_unless_set() {
    assertThat(valid(Map.of("CONFIDE_DATA_DIR", "/var/lib/confide")).secretKeyFile())
        .isEqualTo(Path.of("/var/lib/confide/secret.key"));
    assertThat(valid(Map.of("CONFIDE_SECRET_KEY_FILE", "/run/secrets/confide")).secretKeyFile())
        .isEqualTo(Path.of("/run/secrets/confide"));
  }

  @Test
  void the_first_administrator_needs_both_variables_and_never_prints_the_password() {
    var configuration =
        valid(
            Map.of(
                "CONFIDE_ADMIN_EMAIL",
                "admin@example.ac.uk",
                "CONFIDE_ADMIN_PASSWORD",
                "correct horse battery"));

    assertThat(configuration.firstAdministrator()).isPresent();
    assertThat(configuration.firstAdministrator().get().toString()).doesNotContain("correct horse");
    assertThat(configuration.toString()).doesNotContain("correct horse");
  }

  @Nested
  class ReportsEveryProblemAtOnceNamingTheVariable {

    @Test
    void bad_port_store_url_and_half_an_administrator() {
      var problems =
          invalid(
                  Map.of(
                      "CONFIDE_PORT", "seventy",
                      "CONFIDE_STORE", "mysql",
                      "CONFIDE_DATABASE_URL", "jdbc:mysql://x/y",
                      "CONFIDE_ADMIN_EMAIL", "admin@example.ac.uk"))
              .problems();

      assertThat(problems)
          .hasSize(4)
          .anySatisfy(p -> assertThat(p).startsWith("CONFIDE_PORT"))
          .anySatisfy(p -> assertThat(p).startsWith("CONFIDE_STORE"))
          .anySatisfy(p -> assertThat(p).startsWith("CONFIDE_DATABASE_URL"))
          .anySatisfy(p -> assertThat(p).contains("CONFIDE_ADMIN_PASSWORD"));
    }

    @Test
    void port_out_of_range() {
      assertThat(invalid(Map.of("CONFIDE_PORT", "70000")).problems())
          .containsExactly("CONFIDE_PORT must be a port number from 0 to 65535, was 70000");
    }

    @Test
    void postgres_without_a_url() {
      assertThat(invalid(Map.of("CONFIDE_STORE", "postgres")).problems())
          .singleElement()
          .asString()
          .contains("CONFIDE_DATABASE_URL");
    }

    @Test
    void weak_administrator_password_and_bad_email() {
      assertThat(
              invalid(Map.of("CONFIDE_ADMIN_EMAIL", "admin", "CONFIDE_ADMIN_PASSWORD", "short"))
                  .problems())
          .containsExactlyInAnyOrder(
              "CONFIDE_ADMIN_EMAIL must be an email address",
              "CONFIDE_ADMIN_PASSWORD must have at least 12 characters");
    }

    @Test
    void a_quick_exit_that_is_not_a_web_address() {
      assertThat(invalid(Map.of("CONFIDE_QUICK_EXIT_URL", "javascript:alert(1)")).problems())
          .containsExactly(
              "CONFIDE_QUICK_EXIT_URL must be an http or https address, such as"
                  + " https://www.bbc.co.uk/weather");
    }

    @Test
    void trusted_proxies_that_are_not_addresses_or_blocks() {
      assertThat(
              invalid(
                      Map.of(
                          "CONFIDE_TRUSTED_PROXIES",
                          "10.0.0.0/8, lb.example.ac.uk, 192.0.2.300, 10.1.0.0/33"))
                  .problems())
          .containsExactly(
              "CONFIDE_TRUSTED_PROXIES holds not an IP address or a CIDR block such as 10.0.0.0/8"
                  + " or fd00::/8: lb.example.ac.uk, 192.0.2.300, 10.1.0.0/33");
    }

    @Test
    void behind_tls_that_is_neither_true_nor_false() {
      for (var wrong : new String[] {"yes", "TRUE", "1", "on"}) {
        assertThat(invalid(Map.of("CONFIDE_BEHIND_TLS", wrong)).problems())
            .as(wrong)
            .containsExactly("CONFIDE_BEHIND_TLS must be true or false");
      }
    }

    @Test
    void a_log_format_that_is_neither_text_nor_json() {
      for (var wrong : new String[] {"JSON", "logstash", "xml"}) {
        assertThat(invalid(Map.of("CONFIDE_LOG_FORMAT", wrong)).problems())
            .as(wrong)
            .containsExactly("CONFIDE_LOG_FORMAT must be text or json");
      }
    }

    @Test
    void a_public_url_that_is_not_an_origin() {
      for (var wrong :
          new String[] {"confide.example.ac.uk", "ftp://confide.example.ac.uk", "https://x/path"}) {
        assertThat(invalid(Map.of("CONFIDE_PUBLIC_URL", wrong)).problems())
            .as(wrong)
            .containsExactly(
                "CONFIDE_PUBLIC_URL must be the http or https address browsers open Confide at,"
                    + " with no path, such as https://confide.example.ac.uk");
      }
    }
  }

  @Test
  void logs_are_text_unless_json_is_asked_for() {
    assertThat(valid(Map.of()).logFormat()).isEqualTo(Configuration.LogFormat.TEXT);
    assertThat(valid(Map.of("CONFIDE_LOG_FORMAT", "text")).logFormat())
        .isEqualTo(Configuration.LogFormat.TEXT);
    assertThat(valid(Map.of("CONFIDE_LOG_FORMAT", "json")).logFormat())
        .isEqualTo(Configuration.LogFormat.JSON);
  }

  @Test
  void confide_is_behind_tls_only_when_told() {
    assertThat(valid(Map.of()).behindTls()).isFalse();
    assertThat(valid(Map.of("CONFIDE_BEHIND_TLS", "false")).behindTls()).isFalse();
    assertThat(valid(Map.of("CONFIDE_BEHIND_TLS", "true")).behindTls()).isTrue();
  }

  @Test
  void the_public_url_is_the_origin_of_forms_or_each_requests_host_when_unset() {
    assertThat(valid(Map.of()).publicOrigin()).isEmpty();
    assertThat(
            valid(Map.of("CONFIDE_PUBLIC_URL", "HTTPS://Confide.Example.ac.uk:443/"))
                .publicOrigin())
        .hasValue("https://confide.example.ac.uk");
    assertThat(valid(Map.of("CONFIDE_PUBLIC_URL", "http://10.0.0.5:7070")).publicOrigin())
        .hasValue("http://10.0.0.5:7070");
  }

  @Test
  void no_proxy_is_trusted_unless_some_are_named() {
    assertThat(valid(Map.of()).trustedProxies().isEmpty()).isTrue();
    assertThat(
            valid(Map.of("CONFIDE_TRUSTED_PROXIES", "10.0.0.0/8 192.0.2.7,fd00::/8"))
                .trustedProxies()
                .isEmpty())
        .isFalse();
  }

  @Test
  void the_quick_exit_can_lead_to_a_page_the_organisation_chooses() {
    assertThat(
            valid(Map.of("CONFIDE_QUICK_EXIT_URL", "https://www.example.ac.uk/news"))
                .quickExitUrl())
        .isEqualTo("https://www.example.ac.uk/news");
  }

  @Test
  void languages_are_english_and_welsh_unless_a_folder_of_the_organisations_own_is_named(
      @TempDir Path folder) throws Exception {
    assertThat(valid(Map.of()).languages().offered())
        .containsExactly(Language.ENGLISH, Language.WELSH);

    // A folder listing Welsh first, with no bundle of its own: Confide's are used.
    Files.writeString(folder.resolve("languages.txt"), "cy\nen\n");
    assertThat(valid(Map.of("CONFIDE_LANGUAGES_DIR", folder.toString())).languages().offered())
        .containsExactly(Language.WELSH, Language.ENGLISH);
  }

  @Test
  void a_folder_of_languages_that_cannot_be_used_stops_the_start_naming_what_is_wrong(
      @TempDir Path folder) throws Exception {
    assertThat(
            invalid(Map.of("CONFIDE_LANGUAGES_DIR", folder.resolve("none").toString())).problems())
        .containsExactly(
            "CONFIDE_LANGUAGES_DIR cannot be used: " + folder.resolve("none") + " is not a folder");

    Files.writeString(folder.resolve("languages.txt"), "en\nga\n");
    Files.writeString(folder.resolve("messages_ga.properties"), "language.name=Gaeilge\n");
    assertThat(invalid(Map.of("CONFIDE_LANGUAGES_DIR", folder.toString())).problems())
        .singleElement()
        .asString()
        .startsWith("CONFIDE_LANGUAGES_DIR cannot be used: The message bundles in " + folder)
        .contains("ga lacks ")
        .contains("email.footer");
  }
}
