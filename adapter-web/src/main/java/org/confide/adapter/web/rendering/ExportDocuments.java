package org.confide.adapter.web.rendering;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.port.in.ExportCaseUseCase.CaseExport;
import org.confide.application.port.in.ExportReporterDataUseCase.ReporterData;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskLevel;

/**
 * The exports as documents: a case file, or what is held about a reporter, as one printable HTML
 * page with its print stylesheet, and the case file also as a PDF drawn from the same HTML
 * (openhtmltopdf). The HTML is well-formed XHTML, as the PDF renderer reads it.
 */
public final class ExportDocuments {

  private static final String STYLESHEET = "/org/confide/adapter/web/assets/export.css";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final String style = read(STYLESHEET);
  private final Texts texts;

  /**
   * The documents, their words from {@code languages}: the first language's, until the exports
   * follow the language of the request.
   *
   * @param languages the languages, each with its words
   */
  public ExportDocuments(Languages languages) {
    this.texts = languages.first();
  }

  /**
   * The case file as a page: linking its stylesheet for a browser, or holding it for the PDF.
   *
   * @param export the case file exported
   * @param zone the zone dates are written in
   * @param siteName the organisation's name
   * @return the page
   */
  public String caseHtml(CaseExport export, ZoneId zone, String siteName) {
    return render(
        "export/case.jte", new CaseDocument(export, new Dates(zone), siteName, null, texts));
  }

  /**
   * The case file as a PDF, drawn from the page.
   *
   * @param export the case file exported
   * @param zone the zone dates are written in
   * @param siteName the organisation's name
   * @return the PDF's bytes
   */
  public byte[] casePdf(CaseExport export, ZoneId zone, String siteName) {
    return pdf(
        render(
            "export/case.jte", new CaseDocument(export, new Dates(zone), siteName, style, texts)));
  }

  /**
   * What is held about a reporter as a page.
   *
   * @param data what is held
   * @param zone the zone dates are written in
   * @param siteName the organisation's name
   * @return the page
   */
  public String reporterHtml(ReporterData data, ZoneId zone, String siteName) {
    return render("export/reporter.jte", new ReporterDocument(data, new Dates(zone), siteName));
  }

  private String render(String template, Object document) {
    var out = new StringOutput();
    engine.render(template, document, out);
    return out.toString();
  }

  private static byte[] pdf(String xhtml) {
    var out = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A case's status in words.
   *
   * @param status the status
   * @return it in words
   */
  public static String status(ReportStatus status) {
    return switch (status) {
      case NEW -> "New: nobody had worked on it yet";
      case OPEN -> "Open";
      case CLOSED -> "Closed";
    };
  }

  /**
   * A safeguarding risk in words.
   *
   * @param risk the risk
   * @return it in words
   */
  public static String risk(RiskLevel risk) {
    return switch (risk) {
      case NONE -> "None found";
      case CONCERN -> "Concern";
      case URGENT -> "Urgent";
    };
  }

  /**
   * Where an escalation stands, in words.
   *
   * @param status where it stands
   * @return it in words
   */
  public static String escalation(EscalationStatus status) {
    return switch (status) {
      case RAISED -> "raised, waiting for a safeguarding lead";
      case ACKNOWLEDGED -> "acknowledged by a safeguarding lead";
      case REFERRED -> "referred";
      case STOOD_DOWN -> "stood down";
    };
  }

  private static String read(String resource) {
    try (var in = ExportDocuments.class.getResourceAsStream(resource)) {
      return new String(
          Objects.requireNonNull(in, "missing " + resource).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Dates in words, in the service's zone.
   *
   * @param zone the zone
   */
  public record Dates(ZoneId zone) {
    private static final DateTimeFormatter MOMENT =
        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    /**
     * An instant in words: "Thursday 26 November 2026, 14:05".
     *
     * @param instant the instant
     * @return it in words
     */
    public String moment(Instant instant) {
      return MOMENT.format(instant.atZone(zone));
    }
  }

  /**
   * A case file as its template shows it.
   *
   * @param export the export
   * @param dates how dates are written
   * @param siteName the organisation's name
   * @param style the stylesheet to hold in the page (for the PDF), or null to link it
   * @param texts the words of the document's language
   */
  public record CaseDocument(
      CaseExport export, Dates dates, String siteName, String style, Texts texts) {}

  /**
   * What is held about a reporter as its template shows it.
   *
   * @param data what is held
   * @param dates how dates are written
   * @param siteName the organisation's name
   */
  public record ReporterDocument(ReporterData data, Dates dates, String siteName) {}
}
