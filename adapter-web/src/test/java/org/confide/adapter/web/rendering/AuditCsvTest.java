package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
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

    var csv = AuditCsv.of(List.of(event));

    assertThat(csv)
        .isEqualTo(
            "at,id,actor,staff,action,reference,detail\r\n"
                + "2026-12-06T10:00:00Z,00000000-0000-0000-0000-000000000001,SYSTEM,,"
                + "QUESTIONNAIRE_LOADED,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n");
  }
}
