package io.ocrkit.mock.hardening;

import io.ocrkit.core.internal.Loopback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.mock.MockOcrServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mock's size limits and its loopback-only defaults hold against requests built to break them. */
class LimitsTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final long SIXTY_FOUR_MIB = 64L << 20;

  @Test
  void a_streamed_upload_of_64_mib_over_a_1_mib_limit_answers_4131000_without_being_buffered() throws Exception {
    try (MockOcrServer server = MockOcrServer.builder().maxUploadBytes(1 << 20).build().start()) {
      HandClient client = new HandClient(server, HTTP);
      HandClient.Key key = client.key("credit-card");
      String boundary = "----limits";
      InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
          new ByteArrayInputStream(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; "
              + "filename=\"image.png\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII)),
          new Generated(SIXTY_FOUR_MIB),
          new ByteArrayInputStream(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII)))));
      HttpRequest request = client.request(client.appPath("credit-card"), server.secretKey())
          .header("X-Key-Version", key.version())
          .header("Symmetric-Key", HandClient.wrap(key.key(), HandClient.freshKey()))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .timeout(Duration.ofSeconds(60))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
      long before = longLivedHeapPeakAfterReset();

      int code = client.answer(request, null).resultCode();

      long grown = longLivedHeapPeak() - before;
      System.out.printf("LimitsTest: 64 MiB upload refused with %d; long-lived heap peak grew %d KiB%n",
          code, grown >> 10);
      assertThat(code).isEqualTo(4131000);
      // A buffered 64 MiB body would be one humongous array (or a growing series) in the old generation.
      assertThat(grown).isLessThan(16L << 20);
    }
  }

  @Test
  void a_64_kib_request_header_is_refused_and_the_mock_keeps_answering() throws Exception {
    try (MockOcrServer server = MockOcrServer.builder().build().start()) {
      HandClient client = new HandClient(server, HTTP);
      HttpRequest huge = client.request(client.appPath("public-keys/credit-card"), server.secretKey())
          .header("X-Padding", "a".repeat(64 * 1024)).GET().build();

      int status = HTTP.send(huge, HttpResponse.BodyHandlers.discarding()).statusCode();

      assertThat(status).isIn(400, 431);
      assertThat(client.key("credit-card").version()).isNotBlank();
    }
  }

  @Test
  void an_admin_json_body_over_64_kib_is_refused_with_413() throws Exception {
    try (MockOcrServer server = MockOcrServer.builder().build().start()) {
      String json = "{\"service\":\"credit-card\",\"pad\":\"" + "a".repeat(70 * 1024) + "\"}";
      HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve("/mock/v1/fixtures"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();

      assertThat(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
    }
  }

  @Test
  void an_admin_json_body_over_64_kib_without_a_length_is_refused_too() throws Exception {
    try (MockOcrServer server = MockOcrServer.builder().build().start()) {
      byte[] json = ("{\"service\":\"credit-card\",\"pad\":\"" + "a".repeat(70 * 1024) + "\"}")
          .getBytes(StandardCharsets.US_ASCII);
      HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve("/mock/v1/clock/advance"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))).build();

      assertThat(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
    }
  }

  @Test
  void the_mock_binds_to_the_loopback_address_by_default() throws Exception {
    try (MockOcrServer server = MockOcrServer.builder().build().start()) {
      assertThat(server.host()).isEqualTo("127.0.0.1");
      assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        assertThat(socket.getInetAddress().isLoopbackAddress()).isTrue();
      }
      Optional<InetAddress> outside = nonLoopbackAddressOfThisMachine();
      if (outside.isPresent()) {
        // Only this machine's own interface: nothing leaves it.
        assertThatThrownBy(() -> {
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside.get(), server.port()), 2000);
          }
        }).isInstanceOf(ConnectException.class);
      }
    }
  }

  @Test
  void the_admin_api_refuses_a_caller_from_a_non_loopback_address() throws Exception {
    Optional<InetAddress> outside = nonLoopbackAddressOfThisMachine();
    if (outside.isEmpty()) {
      // No interface but loopback on this machine: the address check itself is pinned below.
      assertThat(Loopback.isLoopbackAddress("10.1.2.3")).isFalse();
      return;
    }
    try (MockOcrServer server = MockOcrServer.builder().host("0.0.0.0").build().start()) {
      URI viaInterface = URI.create("http://" + outside.get().getHostAddress() + ":" + server.port());
      HttpRequest admin = HttpRequest.newBuilder(viaInterface.resolve("/mock/v1/requests")).GET().build();
      HttpRequest local = HttpRequest.newBuilder(server.baseUrl().resolve("/mock/v1/requests")).GET().build();

      assertThat(HTTP.send(admin, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
      assertThat(HTTP.send(local, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void only_literal_loopback_addresses_count_as_loopback() {
    assertThat(Loopback.isLoopbackAddress("127.0.0.1")).isTrue();
    assertThat(Loopback.isLoopbackAddress("127.8.9.10")).isTrue();
    assertThat(Loopback.isLoopbackAddress("::1")).isTrue();
    assertThat(Loopback.isLoopbackAddress("[::1]")).isTrue();
    assertThat(Loopback.isLoopbackAddress("192.168.1.20")).isFalse();
    assertThat(Loopback.isLoopbackAddress("10.0.0.1")).isFalse();
    assertThat(Loopback.isLoopbackAddress("::ffff:8.8.8.8")).isFalse();
    assertThat(Loopback.isLoopbackAddress("localhost")).isFalse();
    assertThat(Loopback.isLoopbackAddress("")).isFalse();
    assertThat(Loopback.isLoopbackAddress(null)).isFalse();
  }

  private static Optional<InetAddress> nonLoopbackAddressOfThisMachine() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(LimitsTest::up)
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst();
  }

  private static boolean up(NetworkInterface nic) {
    try {
      return nic.isUp() && !nic.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }

  /** Peak use of the heap pools that hold long-lived and humongous objects, after resetting it. */
  private static long longLivedHeapPeakAfterReset() {
    System.gc();
    longLivedPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    return longLivedHeapPeak();
  }

  private static long longLivedHeapPeak() {
    return longLivedPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> longLivedPools() {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
        .toList();
    // Without a named old generation (another collector), every heap pool counts: stricter, not looser.
    return pools.isEmpty() ? ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList() : pools;
  }

  /** {@code length} bytes made on the fly, never held: a large upload without a large buffer. */
  private static final class Generated extends InputStream {
    private long left;

    Generated(long length) {
      this.left = length;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return (int) (left & 0x7f);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 0x5a);
      left -= n;
      return n;
    }
  }
}
