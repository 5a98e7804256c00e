package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.rendering.ExportDocuments;
import org.confide.adapter.web.rendering.ReporterDataJson;
import org.confide.application.Confide;
import org.confide.application.port.in.ExportCaseUseCase;
import org.confide.application.port.in.ExportCaseUseCase.CaseExport;
import org.confide.application.port.in.ExportReporterDataUseCase;
import org.confide.application.port.in.ExportReporterDataUseCase.ReporterData;
import org.confide.application.port.in.NoteFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.staff.Permission;

/**
 * The exports over the API: a case file as a PDF or a printable page, and what is held about a
 * named reporter as JSON or a printable page. Both are POSTs: each keeps a reason and is audited,
 * and neither the reason nor a reporter's address belongs in a URL, which proxies and logs keep.
 */
public final class ExportsApi {

  private final ExportCaseUseCase exportCase;
  private final ExportReporterDataUseCase exportReporterData;
  private final ReadServiceStatusUseCase serviceStatus;
  private final ExportDocuments documents;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public ExportsApi(Confide confide, ExportDocuments documents, Json json, Responses responses) {
    this.exportCase = confide.exportCase();
    this.exportReporterData = confide.exportReporterData();
    this.serviceStatus = confide.readServiceStatus();
    this.documents = documents;
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code POST /api/v1/staff/cases/{reference}/export}: the case file, as a PDF or a page. */
  public void exportCase(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, CaseExportRequest.class);
    RequestProblems.of(request).check();
    var includeNotes = Boolean.TRUE.equals(request.includeNotes());
    switch (exportCase.export(
        token, new ExportCaseUseCase.Command(reference, request.reason(), includeNotes))) {
      case Outcome.Done<CaseExport, NoteFailure>(var export) -> {
        var status = serviceStatus.status();
        var site = status.organisationName();
        var name = "case-" + export.file().reference().display();
        ctx.status(200);
        if ("html".equals(request.format())) {
          ctx.header("Content-Disposition", "inline; filename=\"" + name + ".html\"");
          ctx.html(documents.caseHtml(export, status.zone(), site));
        } else {
          ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
          ctx.contentType("application/pdf");
          ctx.result(documents.casePdf(export, status.zone(), site));
        }
      }
      case Outcome.Failed<CaseExport, NoteFailure>(var failure) -> responses.fail(ctx, failure);
    }
  }

  /**
   * {@code POST /api/v1/staff/subject-access}: what is held about a reporter, as JSON or a page.
   */
  public void exportReporterData(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.ANSWER_SUBJECT_ACCESS)) {
      return;
    }
    var request = json.read(ctx, SubjectAccessRequest.class);
    RequestProblems.of(request).check();
    switch (exportReporterData.export(
        token, new ExportReporterDataUseCase.Command(request.email(), request.reason()))) {
      case Outcome.Done<ReporterData, StaffRequestFailure>(var data) -> {
        if ("html".equals(request.format())) {
          var status = serviceStatus.status();
          ctx.status(200);
          ctx.html(documents.reporterHtml(data, status.zone(), status.organisationName()));
        } else {
          ctx.header("Content-Disposition", "attachment; filename=\"subject-access.json\"");
          json.write(ctx, 200, ReporterDataJson.of(data));
        }
      }
      case Outcome.Failed<ReporterData, StaffRequestFailure>(var failure) ->
          responses.fail(ctx, failure);
    }
  }

  /** The body of a case export. */
  record CaseExportRequest(
      @NotNull @Size(max = 5000) String reason,
      Boolean includeNotes,
      @Pattern(regexp = RequestProblems.PDF_OR_HTML, message = "must be pdf or html")
          String format) {}

  /** The body of a subject access export. */
  record SubjectAccessRequest(
      @NotNull @Size(max = 320) String email,
      @NotNull @Size(max = 5000) String reason,
      @Pattern(regexp = "json|html", message = "must be json or html") String format) {}
}
