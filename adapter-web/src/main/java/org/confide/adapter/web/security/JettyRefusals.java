package org.confide.adapter.web.security;

import java.nio.ByteBuffer;
import java.util.Map;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.Problem;
import org.confide.adapter.web.i18n.Languages;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, for requests too malformed or too large ever to reach a route (a URI or
 * headers too long, a broken request line): answered like every other error, with the security
 * headers, {@code no-store}, and a problem body that repeats nothing of the request — not Jetty's
 * HTML page, which carries none of the headers and echoes the message. Each says the connection
 * closes, as it does. The body is in the language the request's {@code Accept-Language} prefers,
 * when Jetty read that far, else the first.
 */
public final class JettyRefusals extends ErrorHandler {

  private final Map<String, String> headers;
  private final Json json;
  private final Languages languages;

  /**
   * Answers with {@code headers}, the body written by {@code json} in one of {@code languages}.
   *
   * @param headers the security headers of every response
   * @param json the writer of bodies
   * @param languages the languages a refusal may be told in
   */
  public JettyRefusals(Map<String, String> headers, Json json, Languages languages) {
    this.headers = Map.copyOf(headers);
    this.json = json;
    this.languages = languages;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    headers.forEach((name, value) -> response.getHeaders().put(name, value));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    // Jetty closes a connection whose request it could not read. Saying so keeps a client from
    // sending its next request down that connection and finding it shut with no answer.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    var texts =
        languages.choose(null, request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)).texts();
    response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, texts.language().tag());
    var body = json.bytes(Problem.of(code, "unreadable").in(texts));
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
