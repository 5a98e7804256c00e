package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.confide.domain.pattern.PatternKind;
import org.confide.domain.shared.ReportReference;

/**
 * Which reports name which person or place, known only by keyed digests of their normal forms, so
 * that the store holds no list of names. A report's keys go when the report goes.
 */
public interface PatternKeys {

  /** A person or place as stored: the keyed digest of its normal form, 64 hexadecimal digits. */
  record PatternKey(PatternKind kind, String digest) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PatternKey {
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(digest, "digest must not be null");
      if (!HEX.matcher(digest).matches()) {
        throw new IllegalArgumentException("a pattern key digest is 64 lower-case hex digits");
      }
    }
  }

  /** That {@code report}, received at {@code receivedAt}, names the person or place {@code key}. */
  record Sighting(PatternKey key, ReportReference report, Instant receivedAt) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Sighting {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(report, "report must not be null");
      Objects.requireNonNull(receivedAt, "received at must not be null");
    }
  }

  /** Records sightings; recording one already held changes nothing. */
  void add(List<Sighting> sightings);

  /** Forgets every sighting of {@code report}. */
  void removeAll(ReportReference report);

  /**
   * Every sighting of each key seen in at least {@code reports} different reports, grouped by key
   * and oldest first within a key.
   */
  List<Sighting> repeated(int reports);
}
