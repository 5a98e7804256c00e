package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.AuditQuery;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.AuditWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.rendering.AuditCsv;
import org.confide.application.Confide;
import org.confide.application.port.in.BrowseAuditTrailUseCase;
import org.confide.application.port.in.BrowseAuditTrailUseCase.AuditPage;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.in.VerifyAuditTrailUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.ChainVerdict;
import org.confide.domain.shared.ReportReference;

/**
 * The audit trail over the API, for administrators and safeguarding leads: pages of events newest
 * first, the same as CSV, and the check of its hash chain. Every reading is audited.
 */
public final class AuditApi {

  private final BrowseAuditTrailUseCase browse;
  private final VerifyAuditTrailUseCase verify;
  private final ReadClosingChoicesUseCase readChoices;
  private final Responses responses;

  public AuditApi(Confide confide, Responses responses) {
    this.browse = confide.browseAuditTrail();
    this.verify = confide.verifyAuditTrail();
    this.readChoices = confide.readClosingChoices();
    this.responses = responses;
  }

  /** What the reader may be told of the names the notes hold: the lists, if they may read them. */
  private AuditWords.Names names(SessionToken token) {
    return AuditWords.Names.of(responses.languages(), readChoices, token);
  }

  /** {@code GET /api/v1/admin/audit?from&to&action&actor&reference&after&limit}. */
  public void audit(Context ctx) {
    var token = Bearer.token(ctx);
    var texts = responses.language(ctx);
    ctx.header("Content-Language", texts.language().tag());
    responses.send(
        ctx,
        browse.browse(token, AuditQuery.of(ctx)),
        200,
        page -> AuditResponse.of(page, texts, names(token)));
  }

  /** {@code GET /api/v1/admin/audit.csv}: the same page as CSV. */
  public void auditCsv(Context ctx) {
    var token = Bearer.token(ctx);
    switch (browse.browse(token, AuditQuery.of(ctx))) {
      case Outcome.Done<AuditPage, StaffRequestFailure>(var page) ->
          AuditCsv.download(
              ctx,
              page,
              responses.language(ctx),
              names(token),
              page.next()
                  .map(cursor ->
                      AuditQuery.link(ctx, "/api/v1/admin/audit.csv", Optional.of(cursor)))
                  .orElse(""));
      case Outcome.Failed<AuditPage, StaffRequestFailure>(var failure) ->
          responses.fail(ctx, failure);
    }
  }

  /** {@code GET /api/v1/admin/audit/verification}: whether the hash chain is whole. */
  public void verification(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, verify.verify(token), 200, VerificationResponse::of);
  }

  /** A page of events, and the cursor of the next. */
  record AuditResponse(List<EventResponse> events, String next) {
    static AuditResponse of(AuditPage page, Texts texts, AuditWords.Names names) {
      return new AuditResponse(
          page.events().stream().map(event -> EventResponse.of(event, texts, names)).toList(),
          page.next().orElse(null));
    }
  }

  /**
   * One event: the staff account that acted, by id, and the case, by reference; its detail as
   * Confide recorded it, in English, and in words in the language asked for (as recorded if it was
   * recorded before details were coded).
   */
  record EventResponse(
      String id,
      String at,
      String actor,
      String staffId,
      String action,
      String reference,
      String detail,
      String detailInWords) {
    static EventResponse of(AuditEvent event, Texts texts, AuditWords.Names names) {
      return new EventResponse(
          event.id().toString(),
          event.at().toString(),
          AuditCsv.kind(event.actor()),
          event.actor() instanceof Actor.Staff staff ? staff.id().toString() : null,
          event.action().name(),
          event.subject().map(ReportReference::value).orElse(null),
          event.detail(),
          AuditWords.of(event, texts, names));
    }
  }

  /** Whether the chain is whole; where and how it breaks if not. */
  record VerificationResponse(boolean whole, long events, Long brokenAt, String problem) {
    static VerificationResponse of(ChainVerdict verdict) {
      return switch (verdict) {
        case ChainVerdict.Whole whole -> new VerificationResponse(true, whole.events(), null, null);
        case ChainVerdict.Broken broken ->
            new VerificationResponse(false, 0, broken.position(), broken.problem());
      };
    }
  }
}
