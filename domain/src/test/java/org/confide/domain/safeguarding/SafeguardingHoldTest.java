package org.confide.domain.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SafeguardingHoldTest {

  private static final Random RANDOM = new Random(41);
  private static final ReportReference REFERENCE = ReportReference.parse("ABCDE-12345");
  private static final StaffId LEAD = StaffId.generate(RANDOM);
  private static final Instant RAISED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant DECIDED = Instant.parse("2026-03-03T09:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Period SIX_YEARS = Period.ofYears(6);
  private static final EscalationDecider DECIDER =
      new EscalationDecider(LEAD, Set.of(Role.SAFEGUARDING_LEAD));

  private static Escalation raised() {
    return Escalation.raiseByHand(
        EscalationId.generate(RANDOM), REFERENCE, LEAD, RAISED, new Rationale("At risk"));
  }

  private static Escalation acknowledged() {
    return decided(raised().acknowledge(DECIDER, DECIDED, new Rationale("Looking now")));
  }

  private static Escalation referred() {
    return decided(
        raised().refer(DECIDER, DECIDED, new ReferralBody("Police"), new Rationale("Danger")));
  }

  private static Escalation stoodDown() {
    return decided(raised().standDown(DECIDER, DECIDED, new Rationale("No risk")));
  }

  private static Escalation decided(EscalationDecision decision) {
    return ((EscalationDecision.Decided) decision).escalation();
  }

  @Nested
  class WhenErasureIsAsked {

    @Test
    void a_report_with_no_escalation_or_only_stood_down_ones_is_erased_as_asked() {
      assertThat(SafeguardingHold.needed(List.of())).isFalse();
      assertThat(SafeguardingHold.needed(List.of(stoodDown(), stoodDown()))).isFalse();
    }

    @Test
    void a_raised_acknowledged_or_referred_escalation_holds_the_report() {
      assertThat(SafeguardingHold.needed(List.of(raised()))).isTrue();
      assertThat(SafeguardingHold.needed(List.of(acknowledged()))).isTrue();
      assertThat(SafeguardingHold.needed(List.of(stoodDown(), referred()))).isTrue();
    }
  }

  @Nested
  class Releasing {

    @Test
    void an_undecided_escalation_keeps_the_hold_however_long_it_takes() {
      var muchLater = DECIDED.plus(Duration.ofDays(365 * 10));

      assertThat(SafeguardingHold.release(List.of(raised()), muchLater, SIX_YEARS, LONDON))
          .isEqualTo(SafeguardingHold.Release.HELD);
      assertThat(
              SafeguardingHold.release(
                  List.of(referred(), acknowledged()), muchLater, SIX_YEARS, LONDON))
          .isEqualTo(SafeguardingHold.Release.HELD);
    }

    @Test
    void once_every_escalation_is_stood_down_the_erasure_goes_ahead() {
      assertThat(SafeguardingHold.release(List.of(stoodDown()), DECIDED, SIX_YEARS, LONDON))
          .isEqualTo(SafeguardingHold.Release.ERASE);
    }

    @Test
    void a_referred_report_is_kept_for_the_referral_retention_then_purged() {
      var sixYearsOn = DECIDED.atZone(LONDON).plusYears(6).toInstant();

      assertThat(
              SafeguardingHold.release(
                  List.of(referred()), sixYearsOn.minusSeconds(1), SIX_YEARS, LONDON))
          .isEqualTo(SafeguardingHold.Release.HELD);
      assertThat(SafeguardingHold.release(List.of(referred()), sixYearsOn, SIX_YEARS, LONDON))
          .isEqualTo(SafeguardingHold.Release.PURGE);
    }
  }
}
