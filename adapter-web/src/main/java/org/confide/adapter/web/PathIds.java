package org.confide.adapter.web;

import io.javalin.http.Context;
import java.util.UUID;
import org.confide.application.port.in.AlertId;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * The ids in a path. Text that cannot be an id is read as a decoy that names nothing, and goes
 * through the same checks as any other id — signed in, then allowed, then found — so it gets
 * exactly the answer an unknown id of the right form gets. A refusal then never depends on what was
 * typed: a reporter's token on a case gets 401 and an analyst 403 whatever the reference.
 */
public final class PathIds {

  // No report, escalation or alert has these: references and escalation ids are random (a clash
  // is a 2^-50 and a 2^-122 chance), and alert ids are keyed digests.
  private static final ReportReference NO_REPORT = ReportReference.parse("00000-00000");
  private static final EscalationId NO_ESCALATION = new EscalationId(new UUID(0, 0));
  private static final AlertId NO_ALERT = new AlertId("0".repeat(24));
  private static final StaffId NO_STAFF = new StaffId(new UUID(0, 0));

  private PathIds() {}

  /** The case reference of the path, or the decoy. */
  public static ReportReference reference(Context ctx) {
    return ReportReference.read(ctx.pathParam("reference")).orElse(NO_REPORT);
  }

  /** The escalation id of the path, or the decoy. */
  public static EscalationId escalation(Context ctx) {
    return EscalationId.read(ctx.pathParam("id")).orElse(NO_ESCALATION);
  }

  /** The staff account id of the path, or the decoy. */
  public static StaffId staff(Context ctx) {
    return StaffId.read(ctx.pathParam("id")).orElse(NO_STAFF);
  }

  /**
   * The questionnaire version of the path, or a decoy no version reaches: versions are numbered
   * from 1, one at a time, so none is near the largest int.
   */
  public static QuestionnaireVersion questionnaireVersion(Context ctx) {
    var text = ctx.pathParam("version");
    return text.matches("[1-9][0-9]{0,8}")
        ? QuestionnaireVersion.of(Integer.parseInt(text))
        : QuestionnaireVersion.of(Integer.MAX_VALUE);
  }

  /** The alert id of the path, or the decoy. */
  public static AlertId alert(Context ctx) {
    return AlertId.parse(ctx.pathParam("id")).orElse(NO_ALERT);
  }
}
