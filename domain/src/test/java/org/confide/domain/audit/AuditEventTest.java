package org.confide.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Random RANDOM = new Random(42);
  private static final Instant AT = Instant.parse("2025-03-03T10:00:00Z");
  private static final ReportReference REFERENCE = ReportReference.generate(RANDOM);
  private static final Actor ADVISER = Actor.staff(StaffId.generate(RANDOM));

  private static AuditEvent statusChange(String detail) {
    return AuditEvent.of(
        AuditEventId.generate(RANDOM), AT, ADVISER, AuditAction.STATUS_CHANGED, REFERENCE, detail);
  }

  @Nested
  class Recording {

    @Test
    void a_staff_member_changing_a_status() {
      var event = statusChange("OPEN -> CLOSED");

      assertThat(event.actor()).isEqualTo(ADVISER);
      assertThat(event.action()).isEqualTo(AuditAction.STATUS_CHANGED);
      assertThat(event.subject()).contains(REFERENCE);
      assertThat(event.detail()).isEqualTo("OPEN -> CLOSED");
      assertThat(event.at()).isEqualTo(AT);
    }

    @Test
    void the_reporter_submitting_carries_no_identity() {
      var event =
          AuditEvent.of(
              AuditEventId.generate(RANDOM),
              AT,
              Actor.reporter(),
              AuditAction.REPORT_SUBMITTED,
              REFERENCE,
              "");

      assertThat(event.actor()).isEqualTo(new Actor.Reporter());
      assertThat(Actor.Reporter.class.getRecordComponents()).isEmpty();
    }

    @Test
    void the_system_logging_a_questionnaire_load_about_no_report() {
      var event =
          AuditEvent.of(
              AuditEventId.generate(RANDOM),
              AT,
              Actor.system(),
              AuditAction.QUESTIONNAIRE_LOADED,
              "version 3");

      assertThat(event.subject()).isEmpty();
      assertThat(event.actor()).isEqualTo(new Actor.System());
    }

    @Test
    void an_empty_detail_is_allowed_and_detail_is_trimmed() {
      assertThat(statusChange("").detail()).isEmpty();
      assertThat(statusChange("  NEW -> OPEN ").detail()).isEqualTo("NEW -> OPEN");
    }

    @Test
    void five_hundred_characters_of_detail_are_allowed() {
      assertThat(statusChange("x".repeat(500)).detail()).hasSize(500);
    }
  }

  @Nested
  class Refusing {

    @Test
    void detail_longer_than_five_hundred_characters() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> statusChange("x".repeat(501)))
          .withMessage("audit detail must be at most 500 characters");
    }

    @Test
    void detail_with_a_line_break() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> statusChange("OPEN\nCLOSED"))
          .withMessage("audit detail must be one line without control characters");
      assertThatIllegalArgumentException().isThrownBy(() -> statusChange("OPEN\rCLOSED"));
    }

    @Test
    void detail_with_another_control_character() {
      assertThatIllegalArgumentException().isThrownBy(() -> statusChange("OPEN\tCLOSED"));
      assertThatIllegalArgumentException().isThrownBy(() -> statusChange("OPEN\u0000"));
    }

    @Test
    void a_report_action_without_its_report() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              AuditEvent.of(
                  AuditEventId.generate(RANDOM), AT, ADVISER, AuditAction.REPORT_VIEWED, ""))
          .withMessage("audit subject must be present for REPORT_VIEWED");
    }

    @Test
    void a_staff_action_naming_a_report() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              new AuditEvent(
                  AuditEventId.generate(RANDOM),
                  AT,
                  ADVISER,
                  AuditAction.STAFF_LOGGED_IN,
                  Optional.of(REFERENCE),
                  ""))
          .withMessage("audit subject must be empty for STAFF_LOGGED_IN");
    }
  }

  @Test
  void every_report_and_escalation_action_concerns_a_report() {
    assertThat(AuditAction.values())
        .filteredOn(action ->
            action.name().startsWith("REPORT_") || action.name().startsWith("ESCALATION_"))
        .allMatch(AuditAction::concernsReport);
    assertThat(Arrays.stream(AuditAction.values()).filter(a -> a.name().startsWith("STAFF_")))
        .noneMatch(AuditAction::concernsReport);
  }
}
