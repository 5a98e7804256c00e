package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confide.adapter.web.i18n.Languages;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void a_detail_a_spreadsheet_would_run_is_made_inert() {
    var event =
        AuditEvent.of(
            new AuditEventId(new UUID(0, 1)),
            Instant.parse("2026-12-06T10:00:00Z"),
            Actor.system(),
            AuditAction.QUESTIONNAIRE_LOADED,
            "=HYPERLINK(\"http://evil\",\"x\")");

    var csv = AuditCsv.of(List.of(event), Languages.shipped().first());

    assertThat(csv)
        .isEqualTo(
            "at,id,actor,staff,action,reference,detail,action_in_words\r\n"
                + "2026-12-06T10:00:00Z,00000000-0000-0000-0000-000000000001,SYSTEM,,"
                + "QUESTIONNAIRE_LOADED,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","
                + "Questionnaire loaded\r\n");
  }

  @Test
  void in_welsh_the_headings_and_the_action_in_words_are_welsh_and_the_codes_stay() {
    var event =
        AuditEvent.of(
            new AuditEventId(new UUID(0, 2)),
            Instant.parse("2026-12-06T10:00:00Z"),
            Actor.system(),
            AuditAction.TRENDS_READ,
            "2026-01..2026-06 by month");
    var welsh = Languages.shipped().of(Language.parse("cy").orElseThrow()).orElseThrow();

    var lines = AuditCsv.of(List.of(event), welsh).split("\r\n");

    assertThat(lines[0])
        .isEqualTo(
            "pryd,id,math o weithredwr,cyfrif staff,gweithred,cyfeirnod,manylion,"
                + "y weithred mewn geiriau");
    assertThat(lines[1])
        .startsWith(
            "2026-12-06T10:00:00Z,00000000-0000-0000-0000-000000000002,SYSTEM,,TRENDS_READ,")
        .endsWith("," + welsh.text("audit.action.trends_read"));
  }
}
