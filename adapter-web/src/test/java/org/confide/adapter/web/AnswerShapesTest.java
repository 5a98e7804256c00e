package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The answers of a report's body are read straight from the JSON, token by token: each is a string
 * or a list of strings, a null is "not answered" (in a list too), and every other shape is named,
 * with its own words, together with whatever else is wrong with the body.
 */
class AnswerShapesTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private Api.Reply submit(Map<String, Object> answers) {
    var body = Api.anonymousReport("It happened after the seminar.");
    body.put("answers", answers);
    return api.call("/api/v1/reports").send("POST", body);
  }

  private static Map<String, Object> answersWith(Object... changes) {
    var answers = new LinkedHashMap<>(Api.calmAnswers());
    for (int i = 0; i < changes.length; i += 2) {
      answers.put((String) changes[i], changes[i + 1]);
    }
    return answers;
  }

  private static List<String> problems(Api.Reply reply) {
    var problems = new ArrayList<String>();
    reply
        .json()
        .get("errors")
        .forEach(e -> problems.add(e.get("field").asText() + ": " + e.get("message").asText()));
    return problems;
  }

  @Test
  void strings_and_lists_of_strings_are_answers_and_nulls_are_not_answered() {
    var reply =
        submit(
            answersWith(
                "incident-type",
                Arrays.asList("harassment", null, "bullying"),
                "location-detail",
                null));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }

  @Test
  void a_number_true_or_an_object_is_named_by_its_question() {
    var reply =
        submit(answersWith("where", 3, "reporter-role", true, "affected-person", Map.of("a", "b")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(problems(reply))
        .containsExactly(
            "answers.where: Should be a string, or a list of strings",
            "answers.reporter-role: Should be a string, or a list of strings",
            "answers.affected-person: Should be a string, or a list of strings");
  }

  @Test
  void a_list_holding_anything_but_strings_is_named_once() {
    var reply =
        submit(answersWith("incident-type", List.of("harassment", 7, List.of("x"), Map.of())));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(problems(reply))
        .containsExactly("answers.incident-type: Should be a list of option ids, each a string");
  }

  @Test
  void a_key_that_is_not_a_question_id_is_not_repeated() {
    var reply = submit(answersWith("Not An Id!", 3));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(problems(reply)).contains("answers: Should be a string, or a list of strings");
    assertThat(reply.body()).doesNotContain("Not An Id!");
  }

  @Test
  void a_misshapen_answer_is_named_with_the_other_problems_of_the_body() {
    var body = Api.anonymousReport("It happened after the seminar.");
    body.put("answers", answersWith("where", false));
    body.remove("messaging");

    var reply = api.call("/api/v1/reports").send("POST", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(problems(reply))
        .containsExactly(
            "messaging: Is required", "answers.where: Should be a string, or a list of strings");
  }

  @Test
  void answers_that_are_not_an_object_are_named() {
    var body = Api.anonymousReport("It happened after the seminar.");
    body.put("answers", List.of("harassment"));

    var reply = api.call("/api/v1/reports").send("POST", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(problems(reply)).containsExactly("answers: Should be an object");
  }

  @Test
  void a_multiple_choice_answered_with_a_lone_string_is_refused_rather_than_guessed_at() {
    var reply = submit(answersWith("incident-type", "harassment"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(problems(reply))
        .containsExactly(
            "answers.incident-type: Should be a list of option ids, even when one option is"
                + " chosen");
  }
}
