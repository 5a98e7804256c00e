package org.confide.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.AlertId;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.PatternKeys.PatternKey;
import org.confide.application.port.out.PatternKeys.Sighting;
import org.confide.application.port.out.Settings;
import org.confide.domain.pattern.Mention;
import org.confide.domain.report.Report;

/**
 * Pattern keys and alerts: a report's mentions stored as keyed digests, and the alerts that the
 * stored sightings make under the organisation's rule.
 */
public final class Patterns {

  /** One alert: the key it joins on and its sightings, oldest first. */
  record Found(AlertId id, PatternKey key, List<Sighting> sightings) {}

  private final PatternKeys patternKeys;
  private final Settings settings;
  private final Secrets secrets;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param patternKeys the keyed digests of the people and places reports name
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param secrets the keyed digests under the server secret
   */
  public Patterns(PatternKeys patternKeys, Settings settings, Secrets secrets) {
    this.patternKeys = Objects.requireNonNull(patternKeys, "patternKeys");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** Records the people and places {@code report} names, as keyed digests only. */
  void record(Report report) {
    var sightings =
        Mention.of(report).stream()
            .map(mention ->
                new Sighting(
                    new PatternKey(
                        mention.kind(),
                        secrets.keyedDigest(
                            "pattern-" + mention.kind().name().toLowerCase(Locale.ROOT),
                            mention.normalForm())),
                    report.reference(),
                    report.receivedAt()))
            .toList();
    if (!sightings.isEmpty()) {
      patternKeys.add(sightings);
    }
  }

  /** Every alert now, most reports first. */
  List<Found> alerts() {
    var rule = settings.current().analysis().alerts();
    var byKey = new LinkedHashMap<PatternKey, List<Sighting>>();
    for (var sighting : patternKeys.repeated(rule.threshold())) {
      byKey.computeIfAbsent(sighting.key(), k -> new ArrayList<>()).add(sighting);
    }
    var found = new ArrayList<Found>();
    byKey.forEach((key, sightings) -> {
      var joined = rule.joined(sightings, Sighting::receivedAt);
      if (!joined.isEmpty()) {
        found.add(new Found(id(key), key, joined));
      }
    });
    found.sort(
        Comparator.comparingInt((Found f) -> -f.sightings().size())
            .thenComparing(f -> f.id().value()));
    return List.copyOf(found);
  }

  private AlertId id(PatternKey key) {
    return new AlertId(
        secrets
            .keyedDigest("pattern-alert", key.kind().name() + ":" + key.digest())
            .substring(0, 24));
  }
}
