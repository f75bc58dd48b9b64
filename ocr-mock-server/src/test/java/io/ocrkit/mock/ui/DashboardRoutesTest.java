package io.ocrkit.mock.ui;

import io.ocrkit.mock.testing.RawHttp;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.testing.HandClient;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's routes without a browser: its files, its guard, the state and the event stream. */
class DashboardRoutesTest {

  static final String RESIDENT = """
      {"idType": "resident", "keyValues": [
        {"key": "name", "value": "홍길동", "conf": 0.99},
        {"key": "residentNumber", "value": "900101-1234568", "conf": 0.98},
        {"key": "issueDate", "value": "2015.03.02", "conf": 0.97},
        {"key": "issuer", "value": "서울특별시 종로구청장", "conf": 0.96}]}""";

  private static MockOcrServer server;

  @BeforeAll
  static void start() {
    server = MockOcrServer.builder().build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HandClient.HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String raw(String path, String host, String extraHeaders) throws Exception {
    String head = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    return RawHttp.exchange(server.port(), head, new byte[0]);
  }

  @Test
  void the_page_and_its_files_come_from_the_jar_with_a_policy_that_loads_nothing_from_elsewhere() throws Exception {
    HttpResponse<String> page = get("/mock/ui");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("default-src 'none'").contains("script-src 'self'"));
    assertThat(page.body()).contains("/mock/ui/app.js").doesNotContain("http://").doesNotContain("https://");
    assertThat(get("/mock/ui/app.js").body()).contains("EventSource('/mock/v1/events')").doesNotContain("innerHTML");
    assertThat(get("/mock/ui/actions.js").body()).contains("fetch(path").doesNotContain("innerHTML")
        .doesNotContain("http://").doesNotContain("https://");
    assertThat(page.body()).contains("/mock/ui/actions.js");
    assertThat(get("/mock/ui/app.css").statusCode()).isEqualTo(200);
    // Any other name is the service's "URL not found" answer, never a file of the jar.
    assertThat(get("/mock/ui/other.js").body()).contains("4041007");
    assertThat(get("/mock/ui/..%2Fjournal.class").body()).contains("4041007");
  }

  @Test
  void the_page_state_and_events_answer_as_the_admin_api_does_to_a_foreign_host_or_origin() throws Exception {
    for (String path : List.of("/mock/ui", "/mock/ui/app.js", "/mock/v1/state", "/mock/v1/events")) {
      assertThat(raw(path, "evil.example", "")).as(path).startsWith("HTTP/1.1 403").contains("Host");
      assertThat(raw(path, "127.0.0.1:" + server.port(), "Origin: http://evil.example\r\n")).as(path)
          .startsWith("HTTP/1.1 403").contains("Origin");
    }
    assertThat(raw("/mock/ui", "localhost:" + server.port(), "Origin: http://localhost:" + server.port() + "\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void the_state_names_key_versions_faults_and_masked_request_keys_and_never_a_secret() throws Exception {
    server.reset();
    HandClient client = new HandClient(server);
    String first = client.key("credit-card").version();
    String second = server.rotateKey(KeyService.CREDIT_CARD, true);
    byte[] card = HandClient.png(40, 30, 7);
    server.registerFixture(KeyService.ID_CARD, card, RESIDENT, true);
    HandClient.Answer scan = client.scan("id-card", card);
    String requestKey = scan.requestKey();
    server.injectFault(new io.ocrkit.mock.Fault("credit-card", 2, 5000001, null, 0, null, 502));
    server.advanceClock(Duration.ofSeconds(30));

    String state = get("/mock/v1/state").body();

    assertThat(state).contains("\"current\":\"" + second + "\"").contains("\"retired\":[\"" + first + "\"]")
        .contains("\"clockOffsetSeconds\":30").contains("\"resultCode\":5000001").contains("\"remaining\":2")
        .contains("\"liveRequestKeys\":1").contains("\"id\":\"" + requestKey.substring(0, 4) + "…\"");
    assertThat(state).doesNotContain(requestKey).doesNotContain("900101").doesNotContain("홍길동").doesNotContain(server.secretKey())
        .doesNotContain(server.secretAccessKey());
    server.reset();
  }

  @Test
  void the_event_stream_opens_with_the_journal_and_the_state_then_sends_each_new_request() throws Exception {
    server.reset();
    HandClient client = new HandClient(server);
    client.scan("credit-card", HandClient.png(40, 30, 3));
    HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve("/mock/v1/events")).GET().build();
    HttpResponse<InputStream> stream = HandClient.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      List<String> events = new ArrayList<>();
      String snapshot = null;
      for (String line; (line = lines.readLine()) != null && events.size() < 2; ) {
        if (line.startsWith("event: ")) {
          events.add(line.substring(7));
        } else if (line.startsWith("data: ") && snapshot == null) {
          snapshot = line;
        }
      }
      assertThat(events).containsExactly("snapshot", "state");
      assertThat(snapshot).contains("\"operation\":\"credit-card\"").contains("\"resultKey\":\"SUCCESS\"")
          .doesNotContain(server.appKey());
      client.scan("credit-card", client.key("credit-card"), HandClient.png(40, 30, 4));
      String entries = null;
      for (String line; entries == null && (line = lines.readLine()) != null; ) {
        if (line.equals("event: entries")) {
          entries = lines.readLine();
        }
      }
      assertThat(entries).contains("\"operation\":\"credit-card\"").contains("\"resultCode\":0");
    }
    server.reset();
  }

  @Test
  void the_page_has_a_labelled_control_for_every_action() throws Exception {
    String page = get("/mock/ui").body();
    for (String id : List.of("rotate-service", "rotate-retire", "fault-endpoint", "fault-code", "fault-kind",
        "fault-times", "fault-delay", "fixture-service", "fixture-image", "fixture-result", "fixture-authentic",
        "clock-seconds", "filter-operation", "filter-code")) {
      assertThat(page).as(id).containsPattern("<label[^>]*(for=\"" + id + "\"|>\\s*<input[^>]*id=\"" + id + "\")");
    }
    assertThat(page).contains("<button type=\"submit\" id=\"rotate-button\">");
  }
}
