package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.rendering.ExportDocuments;

/**
 * The pages' stylesheet, script and icon, served from the server itself (the
 * Content-Security-Policy allows nothing else). Read once at start; any other name is 404. The
 * exports' print stylesheet is served in the language its page asks for ({@code ?lang=}, else the
 * first), since it holds the printed footer's words.
 */
public final class Assets {

  private static final Map<String, String> TYPES =
      Map.of(
          "confide.css", "text/css; charset=utf-8",
          "confide.js", "text/javascript; charset=utf-8",
          "export.css", "text/css; charset=utf-8",
          "favicon.svg", "image/svg+xml");

  private static final String EXPORT = "export.css";

  private final Map<String, byte[]> files;
  private final ExportDocuments documents;
  private final Languages languages;

  public Assets(ExportDocuments documents, Languages languages) {
    this.documents = documents;
    this.languages = languages;
    this.files =
        Map.copyOf(
            TYPES.keySet().stream()
                .collect(java.util.stream.Collectors.toMap(name -> name, Assets::read)));
  }

  /** {@code GET /assets/{name}}. */
  public void serve(Context ctx) {
    var name = ctx.pathParam("name");
    var body = files.get(name);
    if (body == null) {
      throw ProblemException.notFound();
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    if (name.equals(EXPORT)) {
      var texts = languages.choose(ctx.queryParam("lang"), null).texts();
      ctx.header("Content-Language", texts.language().tag());
      ctx.contentType(TYPES.get(name)).result(documents.stylesheet(texts));
      return;
    }
    ctx.contentType(TYPES.get(name)).result(body);
  }

  private static byte[] read(String name) {
    try (var in = Assets.class.getResourceAsStream("/org/confide/adapter/web/assets/" + name)) {
      return Objects.requireNonNull(in, "missing asset " + name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
