package org.confide.domain.safeguarding;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.ProblemCode;

/**
 * When a reporter's request for erasure gives way to safeguarding, and for how long. The reporter's
 * wishes are respected unless safeguarding requires otherwise: where a lead is still deciding an
 * escalation, or has referred it to an outside body, the organisation may have a duty to act and to
 * keep what it needs, so the report is held for the safeguarding leads instead of erased.
 */
public final class SafeguardingHold {

  /** The referral retention Confide starts with: six years. */
  public static final Period DEFAULT_REFERRAL_RETENTION = Period.ofYears(6);

  /** Why a held report cannot be assigned, moved or replied to, by name. */
  public static final ProblemCode REFUSAL = ProblemCode.HELD;

  private SafeguardingHold() {}

  /**
   * Whether erasing a report with these escalations must hold it instead: true when any of them is
   * raised, acknowledged or referred; false when it has none, or all were stood down.
   *
   * @param escalations every escalation raised on the report
   * @return true if the report must be held
   */
  public static boolean needed(List<Escalation> escalations) {
    return escalations.stream().anyMatch(e -> e.status() != EscalationStatus.STOOD_DOWN);
  }

  /**
   * What becomes of a held report now: it stays held while an escalation is undecided; it is erased
   * once every escalation was stood down; and where one was referred, it is purged once the
   * referral retention has passed since the latest referral, counted in {@code zone}.
   *
   * @param escalations every escalation raised on the report
   * @param now the current instant
   * @param referralRetention how long a referred report is kept after its referral
   * @param zone the zone in which the retention's years and months are counted
   * @return what to do with the report
   */
  public static Release release(
      List<Escalation> escalations, Instant now, Period referralRetention, ZoneId zone) {
    Objects.requireNonNull(now, "now must not be null");
    Objects.requireNonNull(referralRetention, "referral retention must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    if (escalations.stream().anyMatch(Escalation::isOpen)) {
      return Release.HELD;
    }
    var referred =
        escalations.stream()
            .filter(e -> e.status() == EscalationStatus.REFERRED)
            .map(e -> e.state().at())
            .max(Comparator.naturalOrder());
    if (referred.isEmpty()) {
      return Release.ERASE;
    }
    var keptUntil = ZonedDateTime.ofInstant(referred.get(), zone).plus(referralRetention);
    return now.isBefore(keptUntil.toInstant()) ? Release.HELD : Release.PURGE;
  }

  /** What becomes of a held report. */
  public enum Release {
    /** It stays held: an escalation is undecided, or a referral's retention has not yet passed. */
    HELD,
    /** Every escalation was stood down: the reporter's request for erasure now stands. */
    ERASE,
    /** It was referred, and the referral retention has passed: it is purged. */
    PURGE
  }
}
