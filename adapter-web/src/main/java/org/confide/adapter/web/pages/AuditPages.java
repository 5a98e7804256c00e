package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.AuditQuery;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.i18n.AuditWords;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Terms;
import org.confide.adapter.web.pages.view.AuditLine;
import org.confide.adapter.web.pages.view.AuditTrailPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.rendering.AuditCsv;
import org.confide.application.Confide;
import org.confide.application.port.in.BrowseAuditTrailUseCase;
import org.confide.application.port.in.BrowseAuditTrailUseCase.AuditPage;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.in.VerifyAuditTrailUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.ChainVerdict;
import org.confide.domain.shared.ReportReference;

/**
 * The audit trail as a staff page, for administrators and safeguarding leads: filters in a plain
 * form (no script), one page of events newest first with a link to the next, the same page as CSV,
 * and the check of the hash chain. Every reading is audited.
 */
public final class AuditPages {

  private static final String PATH = "/staff/admin/audit";

  private final Pages pages;
  private final StaffSession session;
  private final BrowseAuditTrailUseCase browse;
  private final VerifyAuditTrailUseCase verify;
  private final ReadClosingChoicesUseCase readChoices;

  public AuditPages(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.browse = confide.browseAuditTrail();
    this.verify = confide.verifyAuditTrail();
    this.readChoices = confide.readClosingChoices();
  }

  /** What the reader may be told of the names the notes hold: the lists, if they may read them. */
  private AuditWords.Names names(StaffSession.Signed signed) {
    return AuditWords.Names.of(pages.offered(), readChoices, signed.token());
  }

  /** {@code GET /staff/admin/audit?from&to&action&actor&reference&after}. */
  public void audit(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    BrowseAuditTrailUseCase.Command query;
    try {
      query = AuditQuery.of(ctx);
    } catch (ProblemException e) {
      refused(
          ctx,
          frame,
          e.problem().errors().stream()
              .map(f -> new FormError(f.field(), ProblemWords.of(f, frame.texts())))
              .toList());
      return;
    }
    switch (browse.browse(signed.get().token(), query)) {
      case Outcome.Done<AuditPage, StaffRequestFailure>(var page) -> {
        var zone = pages.zone();
        var names = names(signed.get());
        var lines =
            page.events().stream()
                .map(event ->
                    new AuditLine(
                        PageDates.moment(event.at(), zone, frame.texts()),
                        switch (event.actor()) {
                          case Actor.Staff staff -> frame.t("audit.actor.staff", staff.id());
                          case Actor.Reporter reporter -> frame.t("audit.actor.reporter");
                          case Actor.System system -> frame.t("audit.actor.system");
                        },
                        frame.t(Terms.auditAction(event.action().name())),
                        event.subject().map(ReportReference::display).orElse(""),
                        AuditWords.html(event, frame.texts(), names),
                        event.coded().isEmpty()))
                .toList();
        pages.render(
            ctx,
            200,
            page(
                ctx,
                frame,
                lines,
                page.next()
                    .map(cursor -> AuditQuery.link(ctx, PATH, Optional.of(cursor)))
                    .orElse(null),
                AuditQuery.link(ctx, PATH + ".csv", query.after()),
                List.of()));
      }
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.Invalid invalid) ->
          refused(
              ctx,
              frame,
              invalid.problems().stream()
                  .map(p -> FormError.of(p.field(), p, frame.texts()))
                  .toList());
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          forbidden(ctx, frame);
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          forbidden(ctx, frame);
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          forbidden(ctx, frame);
    }
  }

  /** {@code GET /staff/admin/audit.csv}: the same page, to download. */
  public void auditCsv(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (browse.browse(signed.get().token(), AuditQuery.of(ctx))) {
      case Outcome.Done<AuditPage, StaffRequestFailure>(var page) ->
          AuditCsv.download(
              ctx,
              page,
              frame.texts(),
              names(signed.get()),
              page.next()
                  .map(cursor -> AuditQuery.link(ctx, PATH + ".csv", Optional.of(cursor)))
                  .orElse(""));
      // The download is linked from a page already shown, so filters it refuses were not made on
      // that page: answered as the refusal of the role.
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.Invalid invalid) ->
          forbidden(ctx, frame);
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          forbidden(ctx, frame);
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          forbidden(ctx, frame);
      case Outcome.Failed<AuditPage, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          forbidden(ctx, frame);
    }
  }

  /** {@code GET /staff/admin/audit/verification}: whether the hash chain is whole. */
  public void verification(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (verify.verify(signed.get().token())) {
      case Outcome.Done<ChainVerdict, StaffDenial>(ChainVerdict.Whole whole) ->
          pages.message(
              ctx,
              200,
              frame,
              frame.t("audit.whole.title"),
              frame.t("audit.whole.text", whole.events()),
              frame.t("audit.back"),
              frame.href(PATH));
      case Outcome.Done<ChainVerdict, StaffDenial>(ChainVerdict.Broken broken) ->
          pages.message(
              ctx,
              200,
              frame,
              frame.t("audit.broken.title"),
              frame.t("audit.broken.text", broken.position(), broken.problem()),
              frame.t("audit.back"),
              frame.href(PATH));
      case Outcome.Failed<ChainVerdict, StaffDenial>(Failure.Forbidden forbidden) ->
          forbidden(ctx, frame);
      case Outcome.Failed<ChainVerdict, StaffDenial>(Failure.Unauthenticated gone) ->
          forbidden(ctx, frame);
      case Outcome.Failed<ChainVerdict, StaffDenial>(Failure.TwoFactorFirst first) ->
          forbidden(ctx, frame);
    }
  }

  private void refused(Context ctx, Frame frame, List<FormError> errors) {
    pages.render(ctx, 400, page(ctx, frame, List.of(), null, null, errors));
  }

  private AuditTrailPage page(
      Context ctx,
      Frame frame,
      List<AuditLine> lines,
      String next,
      String csv,
      List<FormError> errors) {
    return new AuditTrailPage(
        frame,
        given(ctx, "from"),
        given(ctx, "to"),
        given(ctx, "action"),
        given(ctx, "actor"),
        given(ctx, "reference"),
        Arrays.stream(AuditAction.values()).map(Enum::name).toList(),
        lines,
        next,
        csv,
        errors);
  }

  private static String given(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).orElse("");
  }

  private void forbidden(Context ctx, Frame frame) {
    pages.message(
        ctx, 403, frame, frame.t("staff.notPartOfRole"), frame.t("audit.forbidden"), null, null);
  }
}
