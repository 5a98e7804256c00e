package org.confide.adapter.web.security;

import java.nio.ByteBuffer;
import java.util.Map;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.Problem;
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
 * closes, as it does.
 */
public final class JettyRefusals extends ErrorHandler {

  private final Map<String, String> headers;
  private final Json json;

  public JettyRefusals(Map<String, String> headers, Json json) {
    this.headers = Map.copyOf(headers);
    this.json = json;
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
    var body =
        json.bytes(
            Problem.of(code, "Request refused", "The request could not be read, or is too large."));
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
