package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample Grafana dashboard and Prometheus alert rules in {@code deploy/} name only metrics the
 * README's Metrics section lists, and the dashboard is JSON Grafana can read.
 */
class MonitoringSamplesTest {

  private static final Pattern METRIC = Pattern.compile("\\b(?:confide|hikaricp|jvm)_[a-z_]*[a-z]");

  @Test
  void the_dashboard_and_the_alert_rules_name_only_metrics_the_readme_lists() throws IOException {
    var root = repository();
    var dashboard = Files.readString(root.resolve("deploy/grafana/confide.json"));
    var alerts = Files.readString(root.resolve("deploy/prometheus/confide-alerts.yml"));
    var readme = Files.readString(root.resolve("README.md"));
    var section = readme.substring(readme.indexOf("### Metrics"));
    section = section.substring(0, section.indexOf("\n### ", 5));

    var tree = new ObjectMapper().readTree(dashboard);
    assertThat(tree.get("title").asText()).isEqualTo("Confide");
    assertThat(tree.get("panels")).isNotEmpty();

    var listed = new TreeSet<String>();
    METRIC.matcher(section).results().forEach(match -> listed.add(match.group()));
    var named = new TreeSet<String>();
    METRIC.matcher(dashboard + alerts).results().forEach(match -> named.add(match.group()));

    assertThat(named).isNotEmpty();
    assertThat(named)
        .allSatisfy(
            name -> assertThat(listed).as("metrics the README lists").anyMatch(name::startsWith));
  }

  private static Path repository() {
    var here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("deploy")) ? here : here.getParent();
  }
}
