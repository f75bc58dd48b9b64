package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.core.protocol.KeyService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Request-Key is claimed before its call is judged: concurrent calls with one key, one result. */
class ConcurrentAuthenticityTest {

  private static final int CALLS = 6;

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private static final String RESIDENT = """
      {"idType": "resident", "keyValues": [
        {"key": "name", "value": "홍길동", "conf": 0.99},
        {"key": "residentNumber", "value": "900101-1234568", "conf": 0.98},
        {"key": "issueDate", "value": "2015.03.02", "conf": 0.97}]}""";

  private static final Map<String, String> FIELDS =
      Map.of("idType", "resident", "name", "홍길동", "residentNumber", "9001011234568", "issueDate", "20150302");

  @Test
  void of_concurrent_authenticity_calls_with_one_request_key_exactly_one_succeeds() throws Exception {
    HandClient client = new HandClient(mock.server());
    client.key("id-card"); // the key fetch is not what races
    ExecutorService pool = Executors.newFixedThreadPool(CALLS);
    try {
      for (int round = 0; round < 3; round++) {
        byte[] image = HandClient.png(40, 30, 100 + round);
        mock.registerFixture(KeyService.ID_CARD, image, RESIDENT, true);
        String requestKey = client.scan("id-card", image).requestKey();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> codes = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
          Callable<Integer> call = () -> {
            start.await();
            return client.authenticity(requestKey, FIELDS).resultCode();
          };
          codes.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> code : codes) {
          answered.add(code.get());
        }
        assertThat(answered).as("round %d", round).containsOnly(0, 4000122).filteredOn(c -> c == 0).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_call_that_ends_without_a_result_leaves_the_request_key_usable() {
    HandClient client = new HandClient(mock.server());
    byte[] image = HandClient.png(40, 30, 200);
    mock.registerFixture(KeyService.ID_CARD, image, RESIDENT, true);
    String requestKey = client.scan("id-card", image).requestKey();

    assertThat(client.authenticity(requestKey, Map.of("idType", "resident", "name", "홍길동")).resultCode())
        .as("a required field missing").isEqualTo(4000001);
    assertThat(client.authenticity(requestKey, FIELDS).resultCode()).isZero();
    assertThat(client.authenticity(requestKey, FIELDS).resultCode()).as("spent").isEqualTo(4000122);
  }
}
