package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.ocrkit.http.e2e.RecordingCrypto;
import io.ocrkit.mock.MockOcrExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OcrClientConcurrencyTest {

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension(b -> b.journalCapacity(10_000));

  @Test
  void one_client_on_16_threads_decrypts_400_mixed_scans_to_their_fixtures() throws Exception {
    RecordingCrypto crypto = new RecordingCrypto();
    try (OcrClient client = Fixtures.v20(mock.server()).crypto(crypto).build()) {
      List<byte[]> cards = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      List<byte[]> ids = new ArrayList<>();
      List<String> residents = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String number = String.format("5%03d-1234-5678-%04d", i, 9000 + i);
        cards.add(Fixtures.cardImage(mock, "card-" + i, number, "0" + (i % 9 + 1) + "/30"));
        numbers.add(number.replace("-", ""));
        String resident = String.format("900101%07d", 1_000_000 + i);
        ids.add(Fixtures.idImage(mock, "id-" + i, "이름" + i, resident));
        residents.add(resident);
      }
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<?>> scans = new ArrayList<>();
      for (int n = 0; n < 400; n++) {
        int i = n % 10;
        int kind = n % 3;
        scans.add(pool.submit(() -> {
          if (kind == 0) {
            CreditCard card = client.scanCreditCard(ImageSource.of(cards.get(i)));
            assertThat(card.number().orElseThrow().digits()).isEqualTo(numbers.get(i));
          } else {
            IdCardScan scan = kind == 1 ? client.scanIdCard(ImageSource.of(ids.get(i))) : client.scanIdCardStandAlone(ImageSource.of(ids.get(i)));
            assertThat(scan.card().keyValues().get("residentNumber").orElseThrow().value().reveal())
                .isEqualTo(residents.get(i));
            assertThat(scan.requestKey().isPresent()).isEqualTo(kind == 1);
          }
          return null;
        }));
      }
      for (Future<?> scan : scans) {
        scan.get(60, TimeUnit.SECONDS); // rethrows the first failure
      }
      pool.shutdown();

      assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(400);
      assertThat(Fixtures.publicKeyFetches(mock)).isEqualTo(2);
      assertThat(crypto.wrappedKeys()).hasSize(400).doesNotHaveDuplicates();
    }
  }
}
