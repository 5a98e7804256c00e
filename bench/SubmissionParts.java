import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.confide.adapter.persistence.FieldCipher;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.Intake;
import org.confide.domain.safeguarding.SafeguardingPolicy;

/**
 * The CPU time of the parts of a submission that issue 18 cut, each on one thread, measured with
 * the thread's own CPU clock: on a machine shared with other work this is far steadier than a
 * server's throughput or its CPU per request. It reaches package-private parts by reflection, so it
 * runs against a jar built from this code or from an earlier commit alike:
 *
 * <pre>java -cp bootstrap/target/confide.jar bench/SubmissionParts.java bench/report.json [calls]</pre>
 *
 * <p>Prints, for each part, the median and the least of seven runs of that many calls (20,000 by
 * default), after three rounds of every part to warm up. The parts: the web edge (the body read
 * into the request record, its shape checked, its answers mapped), the intake checks, the
 * safeguarding assessment, and sealing the account.
 */
public class SubmissionParts {

  static Object sink;

  public static void main(String[] args) throws Exception {
    var body = Files.readAllBytes(Path.of(args[0]));
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    var json = new Json();
    var request = Class.forName("org.confide.adapter.web.api.ReporterApi$SubmitRequest");
    var api = Class.forName("org.confide.adapter.web.api.ReporterApi");
    var answers =
        Arrays.stream(api.getDeclaredMethods())
            .filter(m -> m.getName().equals("answers") && m.getParameterCount() == 4)
            .findFirst()
            .orElseThrow();
    answers.setAccessible(true);
    Method version = accessor(request, "questionnaireVersion");
    Method given = accessor(request, "answers");
    Method account = accessor(request, "account");
    var questionnaire = DefaultQuestionnaire.standard();
    var readQuestionnaire =
        (ReadQuestionnaireUseCase)
            Proxy.newProxyInstance(
                SubmissionParts.class.getClassLoader(),
                new Class<?>[] {ReadQuestionnaireUseCase.class},
                (proxy, method, arguments) ->
                    method.getName().equals("version") ? Optional.of(questionnaire) : null);
    var today = LocalDate.of(2026, 12, 7);
    var key = new byte[32];
    Arrays.fill(key, (byte) 7);
    var cipher = new FieldCipher(Map.of(1, key), 1, new SecureRandom());
    var policy = SafeguardingPolicy.standard();

    Supplier<Object> edge =
        () -> {
          try {
            var read = json.mapper().readValue(body, request);
            var required = RequestProblems.of(read);
            return answers.invoke(
                null, version.invoke(read), given.invoke(read), required, readQuestionnaire);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    @SuppressWarnings("unchecked")
    var raw = (Map<String, RawAnswer>) edge.get();
    var text = (String) account.invoke(json.mapper().readValue(body, request));
    var draft =
        new Intake.Draft(
            raw, Optional.of(text), true, false, null, null, null, true, false, Optional.empty());
    var checked = ((Intake.Result.Accepted) Intake.check(questionnaire, draft, today)).checked();

    var parts = new LinkedHashMap<String, Supplier<Object>>();
    parts.put("web edge (body, shape, answers)", edge);
    parts.put("intake checks", () -> Intake.check(questionnaire, draft, today));
    parts.put(
        "safeguarding assessment",
        () -> policy.assess(questionnaire, checked.answers(), Optional.of(text)));
    parts.put("sealing the account", () -> cipher.seal(text, "report.account:ABCDE12345"));

    for (int round = 0; round < 3; round++) {
      for (var part : parts.values()) {
        for (int i = 0; i < calls; i++) {
          sink = part.get();
        }
      }
    }
    var clock = ManagementFactory.getThreadMXBean();
    for (var part : parts.entrySet()) {
      var micros = new ArrayList<Double>();
      for (int run = 0; run < 7; run++) {
        long start = clock.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          sink = part.getValue().get();
        }
        micros.add((clock.getCurrentThreadCpuTime() - start) / 1000.0 / calls);
      }
      Collections.sort(micros);
      System.out.printf(
          "%-34s median %7.2f us  (least %7.2f)%n", part.getKey(), micros.get(3), micros.get(0));
    }
  }

  private static Method accessor(Class<?> record, String name) throws NoSuchMethodException {
    var method = record.getDeclaredMethod(name);
    method.setAccessible(true);
    return method;
  }
}
