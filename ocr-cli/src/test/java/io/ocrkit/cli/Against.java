package io.ocrkit.cli;

import io.ocrkit.mock.MockOcrServer;
import java.util.ArrayList;
import java.util.List;

/** Command lines aimed at one running mock with its v2.0 credentials. */
final class Against {

  private Against() {}

  static String[] mock(MockOcrServer server, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", server.baseUrl().toString(), "--app-key", server.appKey(),
        "--secret-key", server.secretKey()));
    return all.toArray(String[]::new);
  }
}
