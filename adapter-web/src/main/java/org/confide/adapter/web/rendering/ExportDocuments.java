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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.adapter.web.i18n.AnswerLine;
import org.confide.adapter.web.i18n.ChoiceWords;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.port.in.ExportCaseUseCase.CaseExport;
import org.confide.application.port.in.ExportReporterDataUseCase.ReporterData;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.shared.OwnText;

/**
 * The exports as documents: a case file, or what is held about a reporter, as one printable HTML
 * page with its print stylesheet, and the case file also as a PDF drawn from the same HTML
 * (openhtmltopdf). The HTML is well-formed XHTML, as the PDF renderer reads it.
 */
public final class ExportDocuments {

  private static final String STYLESHEET = "/org/confide/adapter/web/assets/export.css";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final String style = read(STYLESHEET);
  private final Languages languages;
  private final Texts first;

  /**
   * The exports, written in the first of {@code languages} unless a language is given.
   *
   * @param languages the languages offered
   */
  public ExportDocuments(Languages languages) {
    this.languages = languages;
    this.first = languages.first();
  }

  /**
   * The case file as a page: linking its stylesheet for a browser, or holding it for the PDF.
   *
   * @param export the case file exported
   * @param zone the zone dates are written in
   * @param organisationName the organisation's name, once set
   * @return the page
   */
  public String caseHtml(CaseExport export, ZoneId zone, Optional<OwnText> organisationName) {
    return caseHtml(export, zone, organisationName, first);
  }

  /**
   * As {@link #caseHtml(CaseExport, ZoneId, Optional)}, in the language of {@code texts}.
   *
   * @param texts the words of the language to write it in
   * @return the page
   */
  public String caseHtml(
      CaseExport export, ZoneId zone, Optional<OwnText> organisationName, Texts texts) {
    return render(
        "export/case.jte",
        new CaseDocument(
            export, new Dates(zone, texts, languages), site(organisationName, texts), null, texts));
  }

  /**
   * The case file as a PDF, drawn from the page.
   *
   * @param export the case file exported
   * @param zone the zone dates are written in
   * @param organisationName the organisation's name, once set
   * @return the PDF's bytes
   */
  public byte[] casePdf(CaseExport export, ZoneId zone, Optional<OwnText> organisationName) {
    return casePdf(export, zone, organisationName, first);
  }

  /**
   * As {@link #casePdf(CaseExport, ZoneId, Optional)}, in the language of {@code texts}.
   *
   * @param texts the words of the language to write it in
   * @return the PDF's bytes
   */
  public byte[] casePdf(
      CaseExport export, ZoneId zone, Optional<OwnText> organisationName, Texts texts) {
    return pdf(
        render(
            "export/case.jte",
            new CaseDocument(
                export,
                new Dates(zone, texts, languages),
                site(organisationName, texts),
                stylesheet(texts),
                texts)));
  }

  /**
   * The exports' print stylesheet in the language of {@code texts}: the one the PDF holds, and the
   * one a printable page links ({@code /assets/export.css?lang=cy}), so that both print the same
   * footer.
   *
   * @param texts the words of the language
   * @return the stylesheet
   */
  public String stylesheet(Texts texts) {
    return style + footer(texts);
  }

  /**
   * The printed page's footer in the words of {@code texts}, added to the stylesheet: "Page 2 of 5"
   * and "Confidential".
   */
  private static String footer(Texts texts) {
    var pages =
        quoted(texts.text("export.footer.pages", "\u0000", "\u0001"))
            .replace("\u0000", "\" counter(page) \"")
            .replace("\u0001", "\" counter(pages) \"");
    return "\n@page { @bottom-right { content: "
        + pages
        + "; } @bottom-left { content: "
        + quoted(texts.text("export.footer.confidential"))
        + "; } }\n";
  }

  /** {@code text} as a CSS string, its quotes, backslashes and markup escaped. */
  private static String quoted(String text) {
    return "\""
        + text.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("<", "\\3c ")
            .replace(">", "\\3e ")
        + "\"";
  }

  /**
   * What is held about a reporter as a page.
   *
   * @param data what is held
   * @param zone the zone dates are written in
   * @param organisationName the organisation's name, once set
   * @return the page
   */
  public String reporterHtml(ReporterData data, ZoneId zone, Optional<OwnText> organisationName) {
    return reporterHtml(data, zone, organisationName, first);
  }

  /**
   * As {@link #reporterHtml(ReporterData, ZoneId, Optional)}, in the language of {@code texts}.
   *
   * @param texts the words of the language to write it in
   * @return the page
   */
  public String reporterHtml(
      ReporterData data, ZoneId zone, Optional<OwnText> organisationName, Texts texts) {
    return render(
        "export/reporter.jte",
        new ReporterDocument(
            data, new Dates(zone, texts, languages), site(organisationName, texts)));
  }

  /**
   * {@return the name the document goes by in the language of {@code texts}: the organisation's,
   * marked with its {@code lang} when written in another language only, else Confide's}
   */
  private Shown site(Optional<OwnText> organisationName, Texts texts) {
    return organisationName
        .map(name -> Shown.own(name, texts.language(), first.language()))
        .orElse(Shown.inPage("Confide"));
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

  private static String read(String resource) {
    try (var in = ExportDocuments.class.getResourceAsStream(resource)) {
      return new String(
          Objects.requireNonNull(in, "missing " + resource).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Dates, and every other word of an export, in the language it is written in: dates in the
   * service's zone.
   *
   * @param zone the zone
   * @param texts the words of the export's language
   * @param languages the languages offered, with the default questionnaire's texts in each
   */
  public record Dates(ZoneId zone, Texts texts, Languages languages) {

    /**
     * {@return the outcome {@code choice} in the export's language, as the case page shows it,
     * marked with its {@code lang} when not in the export's language}
     *
     * @param choice the case's outcome
     */
    public Shown outcome(Choice choice) {
      return Shown.of(
          ChoiceWords.shown(ChoiceList.OUTCOMES, choice, texts, languages.first().language()),
          texts.language());
    }

    /**
     * {@return the tag {@code choice} in the export's language, as the case page shows it, marked
     * with its {@code lang} when not in the export's language}
     *
     * @param choice one of the case's tags
     */
    public Shown tag(Choice choice) {
      return Shown.of(
          ChoiceWords.shown(ChoiceList.TAGS, choice, texts, languages.first().language()),
          texts.language());
    }

    /**
     * A report's answers in words in the export's language, as the pages show them: the texts
     * Confide ships in it, an organisation's own as written, marked with their language where it is
     * not the export's.
     *
     * @param answers the answers in words
     * @return one line per answer
     */
    public List<AnswerLine> answers(List<LabelledAnswer> answers) {
      var separator = texts.text("case.listSeparator");
      return answers.stream()
          .map(answer -> AnswerLine.of(languages.translated(answer), texts.language(), separator))
          .toList();
    }

    /**
     * An instant in words: "Thursday 26 November 2026, 14:05".
     *
     * @param instant the instant
     * @return it in words
     */
    public String moment(Instant instant) {
      return DateTimeFormatter.ofPattern(
              texts.text("format.exportMoment"), texts.language().locale())
          .format(instant.atZone(zone));
    }

    /**
     * The message {@code key}, with {@code arguments} in its places.
     *
     * @param key the message's key
     * @param arguments the arguments
     * @return the message
     */
    public String t(String key, Object... arguments) {
      return arguments.length == 0 ? texts.text(key) : texts.text(key, arguments);
    }

    /**
     * A constant's name in words, from the message {@code prefix} + its name in lower case.
     *
     * @param prefix the keys' prefix, such as {@code export.status.}
     * @param constant the constant
     * @return its name in words
     */
    public String name(String prefix, Enum<?> constant) {
      return texts.text(prefix + constant.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The organisation's own words {@code text} as the export shows them: in its language if
     * written in it, else in the first language's, marked with its {@code lang}.
     *
     * @param text own words
     * @return the text as shown
     */
    public Shown own(OwnText text) {
      return Shown.own(text, texts.language(), languages.first().language());
    }

    /**
     * The message {@code key} as safe HTML, each {@link Shown} argument marked with its {@code
     * lang} when it is not the export's language.
     *
     * @param key the message's key, holding no markup
     * @param arguments the arguments
     * @return the sentence as safe HTML
     */
    public String marked(String key, Object... arguments) {
      return texts.marked(key, arguments);
    }

    /** {@return the export's language, for {@code <html lang>}} */
    public String lang() {
      return texts.language().tag();
    }
  }

  /**
   * A case file as its template shows it.
   *
   * @param export the export
   * @param dates how dates are written
   * @param siteName the name the document goes by, with its {@code lang} when not the document's
   * @param style the stylesheet to hold in the page (for the PDF), or null to link it
   * @param texts the words of the document's language
   */
  public record CaseDocument(
      CaseExport export, Dates dates, Shown siteName, String style, Texts texts) {}

  /**
   * What is held about a reporter as its template shows it.
   *
   * @param data what is held
   * @param dates how dates are written
   * @param siteName the name the document goes by, with its {@code lang} when not the document's
   */
  public record ReporterDocument(ReporterData data, Dates dates, Shown siteName) {}
}
