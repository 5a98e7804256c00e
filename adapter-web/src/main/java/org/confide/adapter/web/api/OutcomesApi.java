package org.confide.adapter.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.ChoiceWords;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.domain.staff.Permission;

/**
 * The outcomes and tags cases are closed with, over the API: staff read both lists, administrators
 * replace each. A label is the organisation's own words: sent as a string (its first language's) or
 * an object of the text in each language offered; answered as {@code label}, in the language of the
 * request (else the first language's), and {@code labels}, in the form saved.
 */
public final class OutcomesApi {

  // Room for the most entries a list may have, and some over, so that the use case names the
  // problem of too many rather than the edge refusing the body's shape.
  private static final int MAX_SENT = Choices.MAX_ENTRIES * 2;

  private final ReadClosingChoicesUseCase readChoices;
  private final ChangeClosingChoicesUseCase changeChoices;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;
  private final Languages languages;

  public OutcomesApi(Confide confide, Languages languages, Json json, Responses responses) {
    this.languages = languages;
    this.readChoices = confide.readClosingChoices();
    this.changeChoices = confide.changeClosingChoices();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/admin/outcomes}: the outcomes, offered then retired. */
  public void outcomes(Context ctx) {
    responses.send(
        ctx,
        readChoices.read(Bearer.token(ctx)),
        200,
        lists ->
            new OutcomesResponse(
                ChoiceResponse.of(ChoiceList.OUTCOMES, lists.outcomes(), reader(ctx))));
  }

  /** {@code GET /api/v1/admin/tags}: the tags, offered then retired. */
  public void tags(Context ctx) {
    responses.send(
        ctx,
        readChoices.read(Bearer.token(ctx)),
        200,
        lists -> new TagsResponse(ChoiceResponse.of(ChoiceList.TAGS, lists.tags(), reader(ctx))));
  }

  /** The language of {@code ctx}, as {@code Content-Language} names it, and the first. */
  private Reader reader(Context ctx) {
    var texts = languages.choose(ctx.queryParam("lang"), ctx.header("Accept-Language")).texts();
    ctx.header("Content-Language", texts.language().tag());
    return new Reader(texts, languages.first().language());
  }

  /** The labels sent as {@code field}, each a string or an object by language. */
  private List<OwnText.Typed> labels(List<JsonNode> sent, String field, RequestProblems problems) {
    var labels = new ArrayList<OwnText.Typed>();
    for (int i = 0; i < sent.size(); i++) {
      var label =
          OwnWordsJson.typed(sent.get(i), field + "[" + i + "]", languages.offered(), problems);
      labels.add(label != null ? label : OwnText.Typed.plain(null));
    }
    return labels;
  }

  /** {@code PUT /api/v1/admin/outcomes}: the outcomes offered, in order. */
  public void replaceOutcomes(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, OutcomesRequest.class);
    var problems = RequestProblems.of(request);
    problems.check();
    var labels = labels(request.outcomes(), "outcomes", problems);
    problems.check();
    responses.send(
        ctx,
        changeChoices.change(
            token, new ChangeClosingChoicesUseCase.Command(ChoiceList.OUTCOMES, labels)),
        200,
        saved -> new OutcomesResponse(ChoiceResponse.of(ChoiceList.OUTCOMES, saved, reader(ctx))));
  }

  /** {@code PUT /api/v1/admin/tags}: the tags offered, in order. */
  public void replaceTags(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, TagsRequest.class);
    var problems = RequestProblems.of(request);
    problems.check();
    var labels = labels(request.tags(), "tags", problems);
    problems.check();
    responses.send(
        ctx,
        changeChoices.change(
            token, new ChangeClosingChoicesUseCase.Command(ChoiceList.TAGS, labels)),
        200,
        saved -> new TagsResponse(ChoiceResponse.of(ChoiceList.TAGS, saved, reader(ctx))));
  }

  /** The body of a new outcome list: each label a string or an object by language. */
  record OutcomesRequest(@NotNull @Size(max = MAX_SENT) List<@NotNull JsonNode> outcomes) {}

  /** The body of a new tag list: each label a string or an object by language. */
  record TagsRequest(@NotNull @Size(max = MAX_SENT) List<@NotNull JsonNode> tags) {}

  /**
   * Whom a label is answered to.
   *
   * @param texts the words of the request's language
   * @param first the first language offered, which a plain label is written in
   */
  record Reader(Texts texts, Language first) {}

  /** The outcome list. */
  record OutcomesResponse(List<ChoiceResponse> outcomes) {}

  /** The tag list. */
  record TagsResponse(List<ChoiceResponse> tags) {}

  /**
   * One entry of a list: its label in one language ({@code label}) and as saved ({@code labels}).
   */
  record ChoiceResponse(String key, String label, JsonNode labels, boolean retired) {
    /** {@code choice} with its label as first written, where no language is asked for. */
    static ChoiceResponse of(Choice choice) {
      return new ChoiceResponse(
          choice.key().value(),
          choice.label().first(),
          OwnWordsJson.node(choice.label()),
          choice.retired());
    }

    /**
     * {@code choice} with its label in {@code reader}'s language: a default Confide ships,
     * unchanged, in its words; the organisation's own in that language, else the first's.
     */
    static ChoiceResponse of(ChoiceList list, Choice choice, Reader reader) {
      return new ChoiceResponse(
          choice.key().value(),
          ChoiceWords.of(list, choice, reader.texts(), reader.first()),
          OwnWordsJson.node(choice.label()),
          choice.retired());
    }

    static List<ChoiceResponse> of(ChoiceList list, Choices choices, Reader reader) {
      return choices.all().stream().map(choice -> of(list, choice, reader)).toList();
    }
  }

  /** How a closed case ended, in a case's response. */
  record ClosedWithResponse(ChoiceResponse outcome, List<ChoiceResponse> tags) {
    static ClosedWithResponse of(ViewCaseUseCase.ClosedWith closed) {
      return new ClosedWithResponse(
          closed.outcome().map(ChoiceResponse::of).orElse(null),
          closed.tags().stream().map(ChoiceResponse::of).toList());
    }
  }
}
