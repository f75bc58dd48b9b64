package io.ocrkit.http.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw HTTP/1.1 server on loopback that answers what a test scripts, byte for byte, so the SDK
 * can be attacked where a well-behaved HTTP server cannot go: header values with control
 * characters, self-contradicting answers, bodies that trickle. One request per connection, each
 * on its own daemon thread; every request is kept for the test to inspect.
 */
final class RawServer implements AutoCloseable {

  /** What the server answers to one request. */
  @FunctionalInterface
  interface Script {
    void answer(Request request, Socket socket) throws Exception;
  }

  /** One request as received. */
  record Request(String head, byte[] body) {
    String requestLine() {
      return head.substring(0, head.indexOf("\r\n"));
    }

    String path() {
      return requestLine().split(" ")[1];
    }

    Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(l -> l.substring(prefix.length()).strip()).findFirst();
    }

    String bodyText() {
      return new String(body, StandardCharsets.ISO_8859_1);
    }
  }

  static final String PUBLIC_KEY = Base64.getEncoder().encodeToString(rsaPublicKey());

  private final ServerSocket socket;
  private final Script script;
  final List<Request> requests = new CopyOnWriteArrayList<>();

  RawServer(Script script) throws IOException {
    this.script = script;
    this.socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  private void serve() {
    for (int i = 0; i < 64 && !socket.isClosed(); i++) { // bounded: it stops by itself
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException closed) {
        return;
      }
      Thread handler = new Thread(() -> handle(s), "raw-server-connection");
      handler.setDaemon(true);
      handler.start();
    }
  }

  private void handle(Socket s) {
    try (s) {
      s.setSoTimeout(10_000);
      InputStream in = s.getInputStream();
      String head = head(in);
      if (head == null) {
        return;
      }
      Request request = new Request(head, body(head, in));
      requests.add(request);
      script.answer(request, s);
    } catch (Exception connectionEnded) {
      // the client hung up or the test closed the server: nothing to report
    }
  }

  /** A whole answer with a JSON body and the given extra header lines (each ending in CRLF). */
  static void json(Socket s, String body, String extraHeaders) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    write(s.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + bytes.length + "\r\nConnection: close\r\n" + extraHeaders + "\r\n");
    s.getOutputStream().write(bytes);
    s.getOutputStream().flush();
  }

  /** The public-key answer with {@code version} written verbatim into the JSON string. */
  static void publicKey(Socket s, String version) throws IOException {
    json(s, ok("{\"key\":\"" + PUBLIC_KEY + "\",\"version\":\"" + version + "\"}"), "");
  }

  static String ok(String result) {
    return "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"},\"result\":"
        + result + "}";
  }

  static boolean isPublicKey(Request r) {
    return r.path().contains("/public-keys/");
  }

  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** The request line and headers, or null if the client sent nothing. */
  static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    int c;
    while (head.size() < 64 * 1024 && (c = in.read()) >= 0) {
      head.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
      if (state == 4) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static byte[] body(String head, InputStream in) throws IOException {
    Request probe = new Request(head, new byte[0]);
    Optional<String> length = probe.header("Content-Length");
    if (length.isPresent()) {
      return in.readNBytes(Integer.parseInt(length.get()));
    }
    if (probe.header("Transfer-Encoding").filter(v -> v.equalsIgnoreCase("chunked")).isPresent()) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String size = line(in);
        int n = Integer.parseInt(size.split(";")[0].strip(), 16);
        if (n == 0) {
          line(in);
          return body.toByteArray();
        }
        body.write(in.readNBytes(n));
        line(in);
      }
    }
    return new byte[0];
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        line.write(c);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  static byte[] rsaPublicKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPublic().getEncoded();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
