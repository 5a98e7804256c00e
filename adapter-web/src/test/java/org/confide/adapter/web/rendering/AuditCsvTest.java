package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confide.adapter.web.i18n.AuditWords;
import org.confide.adapter.web.i18n.Languages;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  private static final AuditWords.Names NAMES =
      AuditWords.Names.of(Languages.shipped(), Optional.empty());

  @Test
  void a_detail_a_spreadsheet_would_run_is_made_inert() {
    var event =
        AuditEvent.of(
            new AuditEventId(new UUID(0, 1)),
            Instant.parse("2026-12-06T10:00:00Z"),
            Actor.system(),
            AuditAction.QUESTIONNAIRE_LOADED,
            "=HYPERLINK(\"http://evil\",\"x\")");

    var csv = AuditCsv.of(List.of(event), Languages.shipped().first(), NAMES);

    assertThat(csv)
        .isEqualTo(
            "at,id,actor,staff,action,reference,detail,action_in_words,detail_in_words\r\n"
                + "2026-12-06T10:00:00Z,00000000-0000-0000-0000-000000000001,SYSTEM,,"
                + "QUESTIONNAIRE_LOADED,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","
                + "Questionnaire loaded,"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n");
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

    var lines = AuditCsv.of(List.of(event), welsh, NAMES).split("\r\n");

    assertThat(lines[0])
        .isEqualTo(
            "pryd,id,math o weithredwr,cyfrif staff,gweithred,cyfeirnod,manylion,"
                + "y weithred mewn geiriau,y manylion mewn geiriau");
    assertThat(lines[1])
        .startsWith(
            "2026-12-06T10:00:00Z,00000000-0000-0000-0000-000000000002,SYSTEM,,TRENDS_READ,")
        .endsWith("," + welsh.text("audit.action.trends_read") + ",2026-01..2026-06 by month");
  }

  @Test
  void a_coded_detail_is_in_words_in_the_last_column_and_in_english_in_the_detail() {
    var event =
        AuditEvent.coded(
            new AuditEventId(new UUID(0, 3)),
            Instant.parse("2026-12-06T10:00:00Z"),
            Actor.system(),
            AuditAction.QUESTIONNAIRE_PUT_IN_USE,
            Optional.empty(),
            AuditDetail.of(AuditDetailCode.VERSION_IN_PLACE, 4, 3));
    var welsh = Languages.shipped().of(Language.WELSH).orElseThrow();

    var english = AuditCsv.of(List.of(event), Languages.shipped().first(), NAMES).split("\r\n");
    var inWelsh = AuditCsv.of(List.of(event), welsh, NAMES).split("\r\n");

    assertThat(english[1])
        .endsWith(
            ",version 4 in place of version 3,Questionnaire put in use,"
                + "version 4 in place of version 3");
    assertThat(inWelsh[1])
        .contains(",QUESTIONNAIRE_PUT_IN_USE,,version 4 in place of version 3,")
        .endsWith(",fersiwn 4 yn lle fersiwn 3");
  }
}
