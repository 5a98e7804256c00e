package org.confide.adapter.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.Languages;
import org.confide.application.Confide;
import org.confide.application.port.in.AddQuestionnaireUseCase;
import org.confide.application.port.in.ConfirmQuestionnaireSignalsUseCase;
import org.confide.application.port.in.ListQuestionnairesUseCase;
import org.confide.application.port.in.ListQuestionnairesUseCase.Listing;
import org.confide.application.port.in.UseQuestionnaireUseCase;
import org.confide.domain.questionnaire.QuestionnaireChange.DroppedSignal;
import org.confide.domain.questionnaire.QuestionnaireDocument;
import org.confide.domain.questionnaire.QuestionnaireDocument.Written;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * The organisation's questionnaire versions: an administrator lists, reads and adds them and puts
 * one in use; a safeguarding lead confirms a version that would stop raising safeguarding signals.
 * A version reads back as exactly the document that made it.
 */
public final class QuestionnairesApi {

  private final ListQuestionnairesUseCase list;
  private final AddQuestionnaireUseCase add;
  private final UseQuestionnaireUseCase use;
  private final ConfirmQuestionnaireSignalsUseCase confirm;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;
  private final Languages languages;

  public QuestionnairesApi(Confide confide, Languages languages, Json json, Responses responses) {
    this.languages = languages;
    this.list = confide.listQuestionnaires();
    this.add = confide.addQuestionnaire();
    this.use = confide.useQuestionnaire();
    this.confirm = confide.confirmQuestionnaireSignals();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/admin/questionnaires}: every version, lowest first. */
  public void versions(Context ctx) {
    responses.send(
        ctx,
        list.list(Bearer.token(ctx)),
        200,
        listings -> new VersionsBody(listings.stream().map(VersionBody::of).toList()));
  }

  /**
   * {@code GET /api/v1/admin/questionnaires/{version}}: the document of one version, the texts
   * Confide ships given in every language offered.
   */
  public void version(Context ctx) {
    responses.send(
        ctx,
        list.read(Bearer.token(ctx), PathIds.questionnaireVersion(ctx)),
        200,
        questionnaire ->
            DocumentBody.of(QuestionnaireDocument.of(languages.translated(questionnaire))));
  }

  /** {@code POST /api/v1/admin/questionnaires}: a new version, not yet in use. */
  public void addVersion(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, DocumentBody.class);
    RequestProblems.of(request).check();
    responses.send(
        ctx,
        add.add(
            token, new AddQuestionnaireUseCase.Command(request.document(), languages.languages())),
        201,
        VersionNumber::of);
  }

  /** {@code PUT /api/v1/admin/questionnaires/current}: puts a version in use. */
  public void putInUse(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, VersionNumber.class);
    var problems = RequestProblems.of(request);
    if (request.version() != null && request.version() < 1) {
      problems.problem("version", ProblemCode.REQUEST_VERSION);
    }
    problems.check();
    responses.send(
        ctx,
        use.use(
            token, new UseQuestionnaireUseCase.Command(QuestionnaireVersion.of(request.version()))),
        200,
        VersionNumber::of);
  }

  /**
   * {@code GET /api/v1/staff/questionnaire-changes}: for a safeguarding lead, the versions that
   * would stop raising a safeguarding signal and wait for a lead's confirmation.
   */
  public void awaitingConfirmation(Context ctx) {
    responses.send(
        ctx,
        confirm.awaiting(Bearer.token(ctx)),
        200,
        listings -> new VersionsBody(listings.stream().map(VersionBody::of).toList()));
  }

  /** {@code POST /api/v1/staff/questionnaire-changes/{version}/confirmation}. */
  public void confirmSignals(Context ctx) {
    responses.send(
        ctx,
        confirm.confirm(Bearer.token(ctx), PathIds.questionnaireVersion(ctx)),
        200,
        VersionNumber::of);
  }

  /** Every version, lowest first. */
  record VersionsBody(List<VersionBody> versions) {}

  /** One version as listed. */
  record VersionBody(
      int version,
      Instant created,
      boolean current,
      List<SignalBody> droppedSignals,
      boolean awaitingSafeguardingConfirmation) {
    static VersionBody of(Listing listing) {
      return new VersionBody(
          listing.version().value(),
          listing.created().orElse(null),
          listing.inUse(),
          listing.droppedSignals().stream().map(SignalBody::of).toList(),
          listing.awaitsConfirmation());
    }
  }

  /** A safeguarding signal the version in use raises and a version would not. */
  record SignalBody(String question, String option, String signal) {
    static SignalBody of(DroppedSignal dropped) {
      return new SignalBody(
          dropped.question().value(), dropped.option().value(), dropped.signal().name());
    }
  }

  /** A version number, as sent and answered. */
  record VersionNumber(@NotNull Integer version) {
    static VersionNumber of(QuestionnaireVersion version) {
      return new VersionNumber(version.value());
    }
  }

  /** A questionnaire document: its questions, with no version. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DocumentBody(@NotNull List<@NotNull @Valid QuestionBody> questions) {
    static DocumentBody of(QuestionnaireDocument document) {
      return new DocumentBody(document.questions().stream().map(QuestionBody::of).toList());
    }

    QuestionnaireDocument document() {
      return new QuestionnaireDocument(questions.stream().map(QuestionBody::entry).toList());
    }
  }

  /** One question; an absent part is left out rather than written as null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record QuestionBody(
      String id,
      JsonNode text,
      String kind,
      Boolean required,
      JsonNode hint,
      Integer maxLength,
      List<@NotNull OptionBody> options) {
    static QuestionBody of(QuestionnaireDocument.QuestionEntry entry) {
      return new QuestionBody(
          entry.id(),
          node(entry.text()),
          entry.kind(),
          entry.required(),
          node(entry.hint()),
          entry.maxLength(),
          entry.options() == null ? null : entry.options().stream().map(OptionBody::of).toList());
    }

    QuestionnaireDocument.QuestionEntry entry() {
      return new QuestionnaireDocument.QuestionEntry(
          id,
          written(text),
          kind,
          required,
          written(hint),
          maxLength,
          options == null ? null : options.stream().map(OptionBody::entry).toList());
    }
  }

  /** One option of a choice question. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OptionBody(String id, JsonNode label, String signal) {
    static OptionBody of(QuestionnaireDocument.OptionEntry entry) {
      return new OptionBody(entry.id(), node(entry.label()), entry.signal());
    }

    QuestionnaireDocument.OptionEntry entry() {
      return new QuestionnaireDocument.OptionEntry(id, written(label), signal);
    }
  }

  // A text is a string (plain, English whatever the order offered) or an object of the text in each
  // language by tag; the domain names what is wrong with either. Any other JSON is an object of no
  // language, which the domain refuses as such.
  private static Written written(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return Written.plain(node.textValue());
    }
    var byLanguage = new LinkedHashMap<String, String>();
    if (node.isObject()) {
      node.propertyStream()
          .forEach(field ->
              byLanguage.put(
                  field.getKey(),
                  field.getValue().isTextual() ? field.getValue().textValue() : null));
    }
    return new Written(null, byLanguage);
  }

  private static JsonNode node(Written written) {
    if (written == null) {
      return null;
    }
    if (written.plain() != null) {
      return JsonNodeFactory.instance.textNode(written.plain());
    }
    var object = JsonNodeFactory.instance.objectNode();
    written.byLanguage().forEach(object::put);
    return object;
  }
}
