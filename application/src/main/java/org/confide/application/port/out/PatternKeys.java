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

  /**
   * A person or place as stored: the keyed digest of its normal form, 64 hexadecimal digits.
   *
   * @param kind whether it is a person or a place
   * @param digest the keyed digest, 64 lower-case hexadecimal digits; the name itself is never
   *     stored
   */
  record PatternKey(PatternKind kind, String digest) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the form of the digest.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code digest} is not 64 lower-case hexadecimal digits
     */
    public PatternKey {
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(digest, "digest must not be null");
      if (!HEX.matcher(digest).matches()) {
        throw new IllegalArgumentException("a pattern key digest is 64 lower-case hex digits");
      }
    }
  }

  /**
   * That {@code report}, received at {@code receivedAt}, names the person or place {@code key}.
   *
   * @param key the person or place
   * @param report the report that names it
   * @param receivedAt when the report arrived
   */
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

  /**
   * Records sightings; recording one already held changes nothing.
   *
   * @param sightings the sightings of one report
   */
  void add(List<Sighting> sightings);

  /**
   * Forgets every sighting of a report, erased or purged.
   *
   * @param report the report
   */
  void removeAll(ReportReference report);

  /**
   * Every sighting of each key seen in at least {@code reports} different reports, grouped by key
   * and oldest first within a key.
   *
   * @param reports the threshold: how many different reports must name a key
   * @return the sightings of every key at or above it
   */
  List<Sighting> repeated(int reports);
}
