package org.confide.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy between the server and PostgreSQL that a test can cut — new connections
 * refused, open ones dropped — and restore, as if the database stopped and started; and slow down,
 * adding a delay to every answer from the database. Plain Java, for the fault tests only.
 */
final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;
  private volatile long delayMillis;

  private TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = bind(0);
    this.port = listener.getLocalPort();
    accept(listener);
  }

  /** A proxy on a free loopback port forwarding to {@code host:port}. */
  static TcpProxy to(String host, int port) {
    try {
      return new TcpProxy(host, port);
    } catch (IOException e) {
      throw new IllegalStateException("could not start the proxy", e);
    }
  }

  int port() {
    return port;
  }

  /** The database "stops": new connections are refused and every open one is dropped. */
  synchronized void cut() {
    closeQuietly(listener);
    listener = null;
    for (var socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  /** The database "starts" again on the same port. */
  synchronized void restore() {
    if (listener != null) {
      return;
    }
    try {
      listener = bind(port);
    } catch (IOException e) {
      throw new IllegalStateException("could not listen again on port " + port, e);
    }
    accept(listener);
  }

  /** Every answer from the database arrives {@code delay} late (zero to stop slowing). */
  void slowDown(Duration delay) {
    this.delayMillis = delay.toMillis();
  }

  private static ServerSocket bind(int port) throws IOException {
    var socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void accept(ServerSocket server) {
    Thread.ofVirtual()
        .start(() -> {
          while (!server.isClosed()) {
            try {
              var client = server.accept();
              var upstream = new Socket(targetHost, targetPort);
              open.add(client);
              open.add(upstream);
              pump(client, upstream, false);
              pump(upstream, client, true);
            } catch (IOException e) {
              // Closed by cut() or close(); the loop ends.
            }
          }
        });
  }

  private void pump(Socket from, Socket to, boolean fromDatabase) {
    Thread.ofVirtual()
        .start(() -> {
          var buffer = new byte[16 * 1024];
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
              long delay = delayMillis;
              if (fromDatabase && delay > 0) {
                Thread.sleep(delay);
              }
              out.write(buffer, 0, read);
              out.flush();
            }
          } catch (IOException | InterruptedException e) {
            // One side went away; drop the other too.
          } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
          }
        });
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // Already closed.
    }
  }

  @Override
  public synchronized void close() {
    cut();
  }
}
