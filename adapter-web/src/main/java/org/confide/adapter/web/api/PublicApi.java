package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.i18n.Languages;
import org.confide.application.Confide;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.shared.Language;

/** What anyone may read: the questionnaire, the service status, health and the API description. */
public final class PublicApi {

  /** Where the OpenAPI description is kept, beside this class. */
  static final String OPENAPI_RESOURCE = "/org/confide/adapter/web/openapi.json";

  /** Where the JSON Schema of a questionnaire document is kept, beside this class. */
  static final String QUESTIONNAIRE_SCHEMA_RESOURCE =
      "/org/confide/adapter/web/questionnaire-schema.json";

  private final ReadQuestionnaireUseCase questionnaire;
  private final Languages languages;
  private final ReadServiceStatusUseCase serviceStatus;
  private final BooleanSupplier databaseAnswers;
  private final Json json;
  private final byte[] openApi;
  private final byte[] questionnaireSchema;

  public PublicApi(
      Confide confide, Languages languages, BooleanSupplier databaseAnswers, Json json) {
    this.questionnaire = confide.readQuestionnaire();
    this.languages = languages;
    this.serviceStatus = confide.readServiceStatus();
    this.databaseAnswers = databaseAnswers;
    this.json = json;
    this.openApi = openApiDescription();
    this.questionnaireSchema = resource(QUESTIONNAIRE_SCHEMA_RESOURCE);
  }

  /**
   * {@code GET /api/v1/questionnaire}: in the language asked for in {@code ?lang=}, else the first
   * of {@code Accept-Language} offered, else the first offered; {@code Content-Language} says
   * which.
   */
  public void questionnaire(Context ctx) {
    var language =
        languages.choose(ctx.queryParam("lang"), ctx.header("Accept-Language")).texts().language();
    ctx.header("Content-Language", language.tag());
    ctx.header("Vary", "Accept-Language");
    json.write(
        ctx,
        200,
        QuestionnaireResponse.of(languages.translated(questionnaire.current()), language));
  }

  /**
   * {@code GET /api/v1/service-status}: the organisation's own words (its name, its contacts' names
   * and notes) in the language asked for as {@link #questionnaire} chooses it, else in its first
   * language; {@code Content-Language} says which was asked for.
   */
  public void serviceStatus(Context ctx) {
    var status = serviceStatus.status();
    var language =
        languages.choose(ctx.queryParam("lang"), ctx.header("Accept-Language")).texts().language();
    var first = languages.first().language();
    ctx.header("Content-Language", language.tag());
    ctx.header("Vary", "Accept-Language");
    json.write(
        ctx,
        200,
        new ServiceStatusResponse(
            status.monitored(),
            status.closureNotice().orElse(null),
            status.responseTargetWorkingDays(),
            status.emergencyContacts().stream()
                .map(contact -> ReporterApi.EmergencyContactResponse.of(contact, language, first))
                .toList(),
            status.organisationName().map(name -> name.shown(language, first).text()).orElse(null),
            new MonitoringResponse(
                status.monitoring().days().stream().sorted().map(DayOfWeek::name).toList(),
                status.monitoring().from().toString(),
                status.monitoring().to().toString(),
                status.monitoring().inWords()),
            status
                .closure()
                .map(c ->
                    new ClosureResponse(
                        c.firstDay().toString(),
                        c.lastDay().toString(),
                        c.notice(),
                        status.closureNotice().isPresent()))
                .orElse(null)));
  }

  /** {@code GET /health}: 200 when the database answers, 503 when it does not. */
  public void health(Context ctx) {
    boolean up;
    try {
      up = databaseAnswers.getAsBoolean();
    } catch (RuntimeException e) {
      up = false;
    }
    json.write(ctx, up ? 200 : 503, new HealthResponse(up ? "UP" : "DOWN"));
  }

  /** {@code GET /api/v1/openapi.json}. */
  public void openApi(Context ctx) {
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(openApi);
  }

  /**
   * {@code GET /api/v1/questionnaire-schema.json}: the JSON Schema of the document {@code POST
   * /api/v1/admin/questionnaires} takes and {@code GET /api/v1/admin/questionnaires/{version}}
   * answers.
   */
  public void questionnaireSchema(Context ctx) {
    ctx.status(200);
    ctx.contentType("application/schema+json");
    ctx.result(questionnaireSchema);
  }

  static byte[] openApiDescription() {
    return resource(OPENAPI_RESOURCE);
  }

  private static byte[] resource(String name) {
    try (var in = PublicApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The questionnaire a reporter answers, in one language. */
  record QuestionnaireResponse(int version, String language, List<QuestionResponse> questions) {
    static QuestionnaireResponse of(Questionnaire questionnaire, Language language) {
      return new QuestionnaireResponse(
          questionnaire.version().value(),
          language.tag(),
          questionnaire.questions().stream()
              .map(question -> QuestionResponse.of(question, language))
              .toList());
    }
  }

  /** One question; options only for choice questions, maxLength only for text questions. */
  record QuestionResponse(
      String id,
      String text,
      String kind,
      boolean required,
      List<OptionResponse> options,
      String hint,
      Integer maxLength) {
    static QuestionResponse of(Question question, Language language) {
      return new QuestionResponse(
          question.id().value(),
          question.text().in(language),
          question.kind().name(),
          question.required(),
          question.options().stream().map(option -> OptionResponse.of(option, language)).toList(),
          question.hint().map(hint -> hint.in(language)).orElse(null),
          question.maxLength().isPresent() ? question.maxLength().getAsInt() : null);
    }
  }

  /** One option; its safeguarding signal stays on the server. */
  record OptionResponse(String id, String label) {
    static OptionResponse of(Option option, Language language) {
      return new OptionResponse(option.id().value(), option.label().in(language));
    }
  }

  /** Whether reports are read now, and how soon a reporter will hear back. */
  record ServiceStatusResponse(
      boolean monitored,
      String closureNotice,
      int responseTargetWorkingDays,
      List<ReporterApi.EmergencyContactResponse> emergencyContacts,
      String organisationName,
      MonitoringResponse monitoring,
      ClosureResponse closure) {}

  /** When messages are read, also in words. */
  record MonitoringResponse(List<String> days, String from, String to, String inWords) {}

  /** The closure reporters are told of: in force now, or starting soon. */
  record ClosureResponse(String firstDay, String lastDay, String notice, boolean inForce) {}

  /** The server's health. */
  record HealthResponse(String status) {}
}
