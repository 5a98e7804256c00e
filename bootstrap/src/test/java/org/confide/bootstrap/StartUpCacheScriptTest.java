package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/confide}, the README's run command, chooses the JVM's start-up cache by the Java it
 * finds: an ahead-of-time cache on Java 25 or newer (recorded by the first start, loaded by the
 * next), a self-updating class-data-sharing archive on Java 21 to 24, one per jar and Java, stale
 * ones removed; the operator's commands run without one. The JVM here is a stand-in that says its
 * version and writes down how it was started, so these tests read the script's choice; what the
 * cache is worth is measured by {@code bench/startup.sh}.
 */
class StartUpCacheScriptTest {

  @TempDir Path directory;

  private Path jar;
  private Path data;
  private Path started;

  @BeforeEach
  void aJarAndAData() throws IOException {
    jar = Files.writeString(directory.resolve("confide.jar"), "not really a jar");
    data = directory.resolve("data");
    started = directory.resolve("started.txt");
  }

  /**
   * A JDK whose {@code java} reports {@code version} and the build {@code version.0.1+8-LTS}, and
   * writes its arguments to a file.
   */
  private Path aJdk(String version) throws IOException {
    return aJdk(version, version + ".0.1+8-LTS");
  }

  /** A JDK whose {@code java} reports {@code version} and {@code build}. */
  private Path aJdk(String version, String build) throws IOException {
    var bin = Files.createDirectories(directory.resolve("jdk-" + build).resolve("bin"));
    var java = bin.resolve("java");
    Files.writeString(
        java,
        """
        #!/bin/sh
        case "$1" in -XshowSettings:properties)
          echo "    java.runtime.version = %s" >&2
          echo "    java.specification.version = %s" >&2
          exit 0;;
        esac
        printf '%%s\\n' "$@" > "%s"
        """
            .formatted(build, version, started));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin.getParent();
  }

  private record Run(int exit, String output) {}

  private Run run(Path jdk, String... args) throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    command.add(ReadmeExamplesTest.repository().resolve("bin/confide").toString());
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", jdk.toString());
    builder.environment().put("CONFIDE_JAR", jar.toString());
    builder.environment().put("CONFIDE_DATA_DIR", data.toString());
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private List<String> javaStartedWith() throws IOException {
    return Files.readAllLines(started);
  }

  /** The cache's name for the jar and a Java build, as the script spells it ('+' as '-'). */
  private String cacheName(String build) throws IOException {
    return "confide-%d-%d-java%s"
        .formatted(
            Files.size(jar),
            Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS),
            build.replace('+', '-'));
  }

  @Test
  void on_java_25_the_first_start_records_an_ahead_of_time_cache_and_says_so() throws Exception {
    var run = run(aJdk("25"));

    var cache = data.resolve("start-up").resolve(cacheName("25.0.1+8-LTS") + ".aot");
    assertThat(run.exit()).isZero();
    assertThat(run.output()).contains("records a start-up cache");
    assertThat(javaStartedWith())
        .contains("-XX:AOTCacheOutput=" + cache)
        .endsWith("-jar", jar.toString());
  }

  @Test
  void on_java_25_a_start_after_it_loads_the_cache() throws Exception {
    var jdk = aJdk("25");
    var cache = data.resolve("start-up").resolve(cacheName("25.0.1+8-LTS") + ".aot");
    Files.createDirectories(cache.getParent());
    Files.writeString(cache, "a cache");

    run(jdk);

    assertThat(javaStartedWith()).containsExactly("-XX:AOTCache=" + cache, "-jar", jar.toString());
  }

  @Test
  void a_cache_of_another_jar_or_java_is_removed() throws Exception {
    var stale = Files.createDirectories(data.resolve("start-up")).resolve("confide-1-2-java24.jsa");
    Files.writeString(stale, "an old archive");

    run(aJdk("25"));

    assertThat(stale).doesNotExist();
  }

  @Test
  void an_update_of_the_same_java_makes_a_new_cache_and_removes_the_old() throws Exception {
    run(aJdk("25", "25.0.1+8-LTS"));
    var first = data.resolve("start-up").resolve(cacheName("25.0.1+8-LTS") + ".aot");
    Files.writeString(first, "a cache the update's JVM would refuse");

    run(aJdk("25", "25.0.2+10-LTS"));

    assertThat(first).doesNotExist();
    assertThat(javaStartedWith())
        .contains(
            "-XX:AOTCacheOutput="
                + data.resolve("start-up").resolve(cacheName("25.0.2+10-LTS") + ".aot"));
  }

  @Test
  void on_java_21_the_jvm_keeps_a_class_data_sharing_archive_up_to_date_itself() throws Exception {
    run(aJdk("21"));

    assertThat(javaStartedWith())
        .containsExactly(
            "-XX:+AutoCreateSharedArchive",
            "-XX:SharedArchiveFile="
                + data.resolve("start-up").resolve(cacheName("21.0.1+8-LTS") + ".jsa"),
            "-jar",
            jar.toString());
  }

  @Test
  void an_operators_command_runs_without_a_cache() throws Exception {
    var run = run(aJdk("25"), "backup", "/tmp/backup.zip");

    assertThat(run.exit()).isZero();
    assertThat(javaStartedWith())
        .containsExactly("-jar", jar.toString(), "backup", "/tmp/backup.zip");
    assertThat(data.resolve("start-up")).doesNotExist();
  }

  @Test
  void without_the_jar_it_says_where_it_looked_and_how_to_build_it() throws Exception {
    Files.delete(jar);

    var run = run(aJdk("25"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.output())
        .contains("no jar at " + jar)
        .contains("./mvnw -B -q -DskipTests package");
  }
}
