package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.staff.Permission;

/**
 * The outcomes and tags cases are closed with, over the API: staff read both lists, administrators
 * replace each.
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

  public OutcomesApi(Confide confide, Json json, Responses responses) {
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
        lists -> new OutcomesResponse(ChoiceResponse.of(lists.outcomes())));
  }

  /** {@code GET /api/v1/admin/tags}: the tags, offered then retired. */
  public void tags(Context ctx) {
    responses.send(
        ctx,
        readChoices.read(Bearer.token(ctx)),
        200,
        lists -> new TagsResponse(ChoiceResponse.of(lists.tags())));
  }

  /** {@code PUT /api/v1/admin/outcomes}: the outcomes offered, in order. */
  public void replaceOutcomes(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, OutcomesRequest.class);
    RequestProblems.of(request).check();
    responses.send(
        ctx,
        changeChoices.change(
            token,
            new ChangeClosingChoicesUseCase.Command(ChoiceList.OUTCOMES, request.outcomes())),
        200,
        saved -> new OutcomesResponse(ChoiceResponse.of(saved)));
  }

  /** {@code PUT /api/v1/admin/tags}: the tags offered, in order. */
  public void replaceTags(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, TagsRequest.class);
    RequestProblems.of(request).check();
    responses.send(
        ctx,
        changeChoices.change(
            token, new ChangeClosingChoicesUseCase.Command(ChoiceList.TAGS, request.tags())),
        200,
        saved -> new TagsResponse(ChoiceResponse.of(saved)));
  }

  /** The body of a new outcome list. */
  record OutcomesRequest(
      @NotNull @Size(max = MAX_SENT) List<@NotNull @Size(max = 1000) String> outcomes) {}

  /** The body of a new tag list. */
  record TagsRequest(@NotNull @Size(max = MAX_SENT) List<@NotNull @Size(max = 1000) String> tags) {}

  /** The outcome list. */
  record OutcomesResponse(List<ChoiceResponse> outcomes) {}

  /** The tag list. */
  record TagsResponse(List<ChoiceResponse> tags) {}

  /** One entry of a list. */
  record ChoiceResponse(String key, String label, boolean retired) {
    static ChoiceResponse of(Choice choice) {
      return new ChoiceResponse(choice.key().value(), choice.label(), choice.retired());
    }

    static List<ChoiceResponse> of(Choices choices) {
      return choices.all().stream().map(ChoiceResponse::of).toList();
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
