package org.confide.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.confide.application.port.in.AlertId;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.PatternKeys.PatternKey;
import org.confide.application.port.out.PatternKeys.Sighting;
import org.confide.domain.pattern.AlertRule;
import org.confide.domain.pattern.Mention;
import org.confide.domain.report.Report;

/**
 * Pattern keys and alerts: a report's mentions stored as keyed digests, and the alerts that the
 * stored sightings make under the organisation's rule.
 */
final class Patterns {

  /** One alert: the key it joins on and its sightings, oldest first. */
  record Found(AlertId id, PatternKey key, List<Sighting> sightings) {}

  private Patterns() {}

  /** Records the people and places {@code report} names, as keyed digests only. */
  static void record(Context context, Report report) {
    var sightings =
        Mention.of(report).stream()
            .map(mention ->
                new Sighting(
                    new PatternKey(
                        mention.kind(),
                        context
                            .secrets()
                            .keyedDigest(
                                "pattern-" + mention.kind().name().toLowerCase(Locale.ROOT),
                                mention.normalForm())),
                    report.reference(),
                    report.receivedAt()))
            .toList();
    if (!sightings.isEmpty()) {
      context.patternKeys().add(sightings);
    }
  }

  /** Every alert now, most reports first. */
  static List<Found> alerts(Context context) {
    var rule = context.settings().current().analysis().alerts();
    return alerts(context.patternKeys(), rule, context);
  }

  private static List<Found> alerts(PatternKeys keys, AlertRule rule, Context context) {
    var byKey = new LinkedHashMap<PatternKey, List<Sighting>>();
    for (var sighting : keys.repeated(rule.threshold())) {
      byKey.computeIfAbsent(sighting.key(), k -> new ArrayList<>()).add(sighting);
    }
    var found = new ArrayList<Found>();
    byKey.forEach((key, sightings) -> {
      var joined = rule.joined(sightings, Sighting::receivedAt);
      if (!joined.isEmpty()) {
        found.add(new Found(id(context, key), key, joined));
      }
    });
    found.sort(
        Comparator.comparingInt((Found f) -> -f.sightings().size())
            .thenComparing(f -> f.id().value()));
    return List.copyOf(found);
  }

  private static AlertId id(Context context, PatternKey key) {
    return new AlertId(
        context
            .secrets()
            .keyedDigest("pattern-alert", key.kind().name() + ":" + key.digest())
            .substring(0, 24));
  }
}
