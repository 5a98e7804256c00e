package org.confide.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

/**
 * An audit event's note, coded: its English is the detail the trail has always kept, its arguments
 * are typed particulars and never a person's words, and its stored form reads back as it was, or as
 * unreadable, so that the chain finds a coded note altered behind Confide's back.
 */
class AuditDetailTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void each_note_says_in_english_what_the_trail_said_before_notes_were_coded() {
    assertThat(AuditDetail.of(AuditDetailCode.VERSION_IN_PLACE, 4, 3).english())
        .isEqualTo("version 4 in place of version 3");
    assertThat(AuditDetail.of(AuditDetailCode.CODES_PAUSED, 3, 15L).english())
        .isEqualTo("3 wrong codes in a row; paused for 15 minutes");
    assertThat(AuditDetail.of(AuditDetailCode.CODES_PAUSED, 5, 1).english())
        .isEqualTo("5 wrong codes in a row; paused for 1 minute");
    assertThat(AuditDetail.of(AuditDetailCode.CHAIN_WHOLE, 1_200).english())
        .isEqualTo("whole; 1200 events");
    assertThat(AuditDetail.of(AuditDetailCode.AUTOMATIC, List.of(RiskReason.UNDER_18)).english())
        .isEqualTo("automatic: [UNDER_18]");
    assertThat(
            AuditDetail.of(AuditDetailCode.STATUS_MOVED, ReportStatus.OPEN, ReportStatus.CLOSED)
                .english())
        .isEqualTo("OPEN -> CLOSED");
    assertThat(AuditDetail.of(AuditDetailCode.ENTERED_QUEUED, Channel.IN_PERSON).english())
        .isEqualTo("in-person, queued");
    assertThat(AuditDetail.of(AuditDetailCode.PAGE, "support", Language.WELSH).english())
        .isEqualTo("support cy");
    assertThat(
            AuditDetail.of(AuditDetailCode.ACCOUNT_ROLES, "abc", List.of(Role.ADVISER, Role.ADMIN))
                .english())
        .isEqualTo("abc [ADVISER, ADMIN]");
    assertThat(
            AuditDetail.of(AuditDetailCode.OUTCOME_TAGS, "upheld", List.of("online", "repeat"))
                .english())
        .isEqualTo("outcome upheld, tags online, repeat");
    assertThat(AuditDetail.of(AuditDetailCode.CONTACTS, 2).english()).isEqualTo("2 contacts");
    assertThat(AuditDetail.of(AuditDetailCode.BY_HAND).english()).isEqualTo("by hand");
  }

  @Test
  void every_code_has_a_stable_name_of_its_own_and_a_pattern_that_formats() {
    var names = new ArrayList<String>();
    for (var code : AuditDetailCode.values()) {
      names.add(code.code());
      assertThat(AuditDetailCode.named(code.code())).contains(code);
      new java.text.MessageFormat(code.pattern());
    }
    assertThat(names).doesNotHaveDuplicates();
    assertThat(AuditDetailCode.named("noSuchCode")).isEmpty();
  }

  @Test
  void every_kind_of_argument_is_stored_and_read_back_as_it_was() {
    var details =
        List.of(
            AuditDetail.of(AuditDetailCode.CODES_PAUSED, 3, 15),
            AuditDetail.of(
                AuditDetailCode.ACCOUNT_ROLES,
                "0b5c3e9e-6f51-4b8e-9a55-0d8f1f1c7a21",
                List.of(Role.SAFEGUARDING_LEAD, Role.ANALYST)),
            AuditDetail.of(AuditDetailCode.STATUS_MOVED, ReportStatus.NEW, ReportStatus.OPEN),
            AuditDetail.of(AuditDetailCode.ESCALATION_STATE, EscalationStatus.STOOD_DOWN),
            AuditDetail.of(
                AuditDetailCode.AUTOMATIC,
                List.of(RiskReason.IMMEDIATE_DANGER, RiskReason.FREE_TEXT_INDICATOR)),
            AuditDetail.of(AuditDetailCode.ENTERED_TAKEN, Channel.EMAIL),
            AuditDetail.of(AuditDetailCode.PAGE, "privacy", Language.ENGLISH),
            AuditDetail.of(AuditDetailCode.TRENDS, "2026-01", "2026-11", List.of("type", "where")),
            AuditDetail.of(AuditDetailCode.BY_HAND));
    for (var detail : details) {
      var read = AuditDetail.decode(detail.code().code(), detail.encodedArguments());
      assertThat(read).isEqualTo(detail);
      assertThat(read.english()).isEqualTo(detail.english());
    }
    assertThat(details.get(0).encodedArguments()).isEqualTo("n:3|n:15");
    assertThat(details.get(1).encodedArguments())
        .isEqualTo("t:0b5c3e9e-6f51-4b8e-9a55-0d8f1f1c7a21|role*:SAFEGUARDING_LEAD,ANALYST");
    assertThat(details.get(5).encodedArguments()).isEqualTo("channel:email");
    assertThat(details.get(6).encodedArguments()).isEqualTo("t:privacy|language:en");
    assertThat(details.getLast().encodedArguments()).isEmpty();
  }

  @Test
  void a_stored_note_that_cannot_be_read_is_read_as_unreadable() {
    for (var stored :
        List.of(
            new String[] {"noSuchCode", ""},
            new String[] {"unreadable", ""},
            new String[] {"version", "n:four"},
            new String[] {"version", "x:4"},
            new String[] {"escalationState", "escalation:LOST"},
            new String[] {"page", "t:has space|language:cy"},
            new String[] {"automatic", "risk*:UNDER_18,"},
            new String[] {"version", "4"})) {
      assertThat(AuditDetail.decode(stored[0], stored[1]).code())
          .as(String.join(" ", stored))
          .isEqualTo(AuditDetailCode.UNREADABLE);
    }
  }

  @Test
  void an_argument_is_never_free_text_nor_of_a_kind_it_cannot_store() {
    for (var argument :
        List.<Object>of(
            "Sam said something",
            "",
            "a|b",
            "a,b",
            "x".repeat(AuditDetail.MAX_TOKEN + 1),
            List.of(),
            List.of(Role.ADMIN, RiskReason.UNDER_18),
            List.of(1L, 2L),
            new StringBuilder("text"),
            1.5)) {
      assertThatThrownBy(() -> AuditDetail.of(AuditDetailCode.ID, argument))
          .as(String.valueOf(argument))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> AuditDetail.of(AuditDetailCode.ID, (Object) null))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void a_coded_event_keeps_the_notes_english_as_its_detail() {
    var event =
        AuditEvent.coded(
            new AuditEventId(new UUID(0, 1)),
            T0,
            Actor.staff(new StaffId(new UUID(1, 1))),
            AuditAction.QUESTIONNAIRE_PUT_IN_USE,
            Optional.empty(),
            AuditDetail.of(AuditDetailCode.VERSION_IN_PLACE, 4, 3));

    assertThat(event.detail()).isEqualTo("version 4 in place of version 3");
    assertThat(event.coded()).contains(AuditDetail.of(AuditDetailCode.VERSION_IN_PLACE, 4, 3));
    assertThat(event.codedAsDetail()).isTrue();
    assertThatThrownBy(() ->
            AuditEvent.coded(
                event.id(),
                T0,
                Actor.system(),
                AuditAction.STAFF_LOGIN_FAILED,
                Optional.empty(),
                AuditDetail.of(AuditDetailCode.UNREADABLE)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_event_whose_code_or_arguments_no_longer_make_its_detail_is_told_apart() {
    var recorded = "version 4 in place of version 3";
    var otherNumber =
        new AuditEvent(
            new AuditEventId(new UUID(0, 1)),
            T0,
            Actor.system(),
            AuditAction.QUESTIONNAIRE_PUT_IN_USE,
            Optional.empty(),
            recorded,
            Optional.of(AuditDetail.of(AuditDetailCode.VERSION_IN_PLACE, 5, 3)));
    var otherCode =
        new AuditEvent(
            otherNumber.id(),
            T0,
            Actor.system(),
            AuditAction.QUESTIONNAIRE_PUT_IN_USE,
            Optional.empty(),
            recorded,
            Optional.of(AuditDetail.of(AuditDetailCode.VERSION, 4)));
    var uncoded =
        new AuditEvent(
            otherNumber.id(),
            T0,
            Actor.system(),
            AuditAction.REPORT_VIEWED,
            Optional.of(new ReportReference("K7M2Q9XF3A")),
            "anything at all");

    assertThat(otherNumber.codedAsDetail()).isFalse();
    assertThat(otherCode.codedAsDetail()).isFalse();
    assertThat(uncoded.codedAsDetail()).isTrue();
  }
}
