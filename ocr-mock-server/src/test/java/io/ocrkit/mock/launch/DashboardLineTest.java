package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.testing.HandClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher names the dashboard right after where it listens, at an address that answers. */
class DashboardLineTest {

  @Test
  void the_line_after_listening_on_is_the_dashboard_and_it_answers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MockOcrServer server = MockServerRunner.start(MockServerOptions.parse("--port", "0"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
      int listening = lines.indexOf("listening on http://127.0.0.1:" + server.port());
      assertThat(listening).isNotNegative();
      String dashboard = lines.get(listening + 1);
      assertThat(dashboard).isEqualTo("dashboard on http://127.0.0.1:" + server.port() + "/mock/ui");
      HttpResponse<String> page = HandClient.HTTP.send(
          HttpRequest.newBuilder(URI.create(dashboard.substring("dashboard on ".length()))).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>ocrkit mock</title>");
    }
  }

  @Test
  void a_wildcard_bind_is_named_by_loopback_and_another_interface_gets_a_hint() {
    assertThat(MockServerRunner.dashboardLine("0.0.0.0", 8080)).isEqualTo("dashboard on http://127.0.0.1:8080/mock/ui");
    assertThat(MockServerRunner.dashboardLine("::1", 8080)).isEqualTo("dashboard on http://[::1]:8080/mock/ui");
    assertThat(MockServerRunner.dashboardLine("localhost", 1)).isEqualTo("dashboard on http://localhost:1/mock/ui");
    assertThat(MockServerRunner.dashboardLine("192.168.1.20", 8080)).contains("loopback only").doesNotContain("http://");
  }
}
