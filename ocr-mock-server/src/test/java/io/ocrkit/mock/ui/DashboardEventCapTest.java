package io.ocrkit.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.testing.HandClient;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event stream holds a fixed number of clients; its own mock, since it fills them all. */
class DashboardEventCapTest {

  private static MockOcrServer server;

  @BeforeAll
  static void start() {
    server = MockOcrServer.builder().build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void past_eight_event_clients_the_next_is_refused() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve("/mock/v1/events")).GET().build();
    List<InputStream> open = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        HttpResponse<InputStream> r = HandClient.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        open.add(r.body());
      }
      HttpResponse<String> ninth = HandClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(ninth.statusCode()).isEqualTo(503);
      assertThat(ninth.body()).contains("too many event clients");
    } finally {
      for (InputStream in : open) {
        in.close();
      }
    }
  }

}
