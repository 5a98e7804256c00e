package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.SubjectAccessPage;
import org.confide.adapter.web.rendering.ExportDocuments;
import org.confide.adapter.web.rendering.ReporterDataJson;
import org.confide.application.Confide;
import org.confide.application.port.in.ExportCaseUseCase;
import org.confide.application.port.in.ExportCaseUseCase.CaseExport;
import org.confide.application.port.in.ExportReporterDataUseCase;
import org.confide.application.port.in.ExportReporterDataUseCase.ReporterData;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.NoteFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.StaffRequestFailure;

/**
 * The exports from the staff pages: a case file from its page, as a PDF or a printable page with no
 * navigation, and the subject access page, whose export is a printable page or a JSON download.
 */
public final class ExportPages {

  private final Pages pages;
  private final StaffSession session;
  private final CaseFile caseFile;
  private final ExportCaseUseCase exportCase;
  private final ExportReporterDataUseCase exportReporterData;
  private final ExportDocuments documents;
  private final Json json;

  public ExportPages(Confide confide, Pages pages, ExportDocuments documents, Json json) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.caseFile = new CaseFile(confide, pages);
    this.exportCase = confide.exportCase();
    this.exportReporterData = confide.exportReporterData();
    this.documents = documents;
    this.json = json;
  }

  /** {@code POST /staff/cases/{reference}/export}: the case file, as a PDF or a printable page. */
  public void exportCase(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var reason = Optional.ofNullable(ctx.formParam("export-reason")).orElse("");
    var notes = "yes".equals(ctx.formParam("export-notes"));
    var typed = Map.of("export-reason", reason, "export-notes", notes ? "yes" : "");
    if (PageLanguages.switching(ctx)) {
      // The case page in the language asked for, the form as it was sent; nothing exported.
      caseFile.show(ctx, signed.get(), reference, null, typed, List.of(), 200);
      return;
    }
    switch (exportCase.export(
        signed.get().token(), new ExportCaseUseCase.Command(reference, reason, notes))) {
      case Outcome.Done<CaseExport, NoteFailure>(var export) -> {
        var site = pages.status().organisationName();
        var name = "case-" + export.file().reference().display();
        if ("page".equals(ctx.formParam("format"))) {
          ctx.status(200).html(documents.caseHtml(export, pages.zone(), site, pages.texts(ctx)));
        } else {
          ctx.status(200);
          ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
          ctx.contentType("application/pdf");
          ctx.result(documents.casePdf(export, pages.zone(), site, pages.texts(ctx)));
        }
      }
      case Outcome.Failed<CaseExport, NoteFailure>(var failure) -> {
        switch (failure) {
          case Failure.Invalid invalid ->
              caseFile.show(
                  ctx,
                  signed.get(),
                  reference,
                  null,
                  typed,
                  invalid.problems().stream()
                      .map(p -> FormError.of("export-reason", p, pages.texts(ctx)))
                      .toList(),
                  400);
          // Whatever kept the case from the holder, the page says only that it is not theirs to
          // see, as it says of a case that does not exist.
          case Failure.NotFound notFound -> notFound(ctx, signed.get());
          case Failure.Forbidden forbidden -> notFound(ctx, signed.get());
          case Failure.Unauthenticated unauthenticated -> notFound(ctx, signed.get());
          case Failure.TwoFactorFirst twoFactorFirst -> notFound(ctx, signed.get());
        }
      }
    }
  }

  /** {@code GET /staff/subject-access}: the form. */
  public void subjectAccess(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    // The people the navigation shows this page to: leads and administrators, as for the audit
    // trail; the use case checks again.
    if (!signed.get().nav().readsAuditTrail()) {
      notForThisRole(ctx, signed.get());
      return;
    }
    pages.render(
        ctx, 200, new SubjectAccessPage(session.frame(ctx, signed.get()), List.of(), "", ""));
  }

  /** {@code POST /staff/subject-access}: the export, as a printable page or JSON. */
  public void exportReporterData(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("");
    var reason = Optional.ofNullable(ctx.formParam("reason")).orElse("");
    if (PageLanguages.switching(ctx)) {
      // The form in the language asked for, as it was sent; nothing exported or audited.
      pages.render(
          ctx,
          200,
          new SubjectAccessPage(session.frame(ctx, signed.get()), List.of(), email, reason));
      return;
    }
    switch (exportReporterData.export(
        signed.get().token(), new ExportReporterDataUseCase.Command(email, reason))) {
      case Outcome.Done<ReporterData, StaffRequestFailure>(var data) -> {
        if ("json".equals(ctx.formParam("format"))) {
          ctx.header("Content-Disposition", "attachment; filename=\"subject-access.json\"");
          json.write(ctx, 200, ReporterDataJson.of(data));
        } else {
          var site = pages.status().organisationName();
          ctx.status(200).html(documents.reporterHtml(data, pages.zone(), site, pages.texts(ctx)));
        }
      }
      case Outcome.Failed<ReporterData, StaffRequestFailure>(var failure) -> {
        switch (failure) {
          case Failure.Invalid invalid ->
              pages.render(
                  ctx,
                  400,
                  new SubjectAccessPage(
                      session.frame(ctx, signed.get()),
                      invalid.problems().stream()
                          .map(p -> FormError.of(p.field(), p, pages.texts(ctx)))
                          .toList(),
                      email,
                      reason));
          case Failure.Forbidden forbidden -> notForThisRole(ctx, signed.get());
          case Failure.Unauthenticated unauthenticated -> notForThisRole(ctx, signed.get());
          case Failure.TwoFactorFirst twoFactorFirst -> notForThisRole(ctx, signed.get());
        }
      }
    }
  }

  private void notForThisRole(Context ctx, StaffSession.Signed signed) {
    pages.message(
        ctx,
        403,
        session.frame(ctx, signed),
        pages.texts(ctx).text("staff.notPartOfRole"),
        pages.texts(ctx).text("subjectAccess.forbidden"),
        null,
        null);
  }

  private void notFound(Context ctx, StaffSession.Signed signed) {
    session.notFound(ctx, session.frame(ctx, signed));
  }
}
