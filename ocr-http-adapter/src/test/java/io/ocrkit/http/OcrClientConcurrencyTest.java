package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OcrClientConcurrencyTest {

  @Test
  void one_client_on_16_threads_decrypts_400_mixed_scans_to_their_fixtures() throws Exception {
    try (FakeOcrService fake = new FakeOcrService(); OcrClient client = Fixtures.v20(fake).build()) {
      List<byte[]> cards = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      List<byte[]> ids = new ArrayList<>();
      List<String> residents = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String number = String.format("5%03d-1234-5678-%04d", i, 9000 + i);
        cards.add(fake.cardImage("card-" + i, new FakeOcrService.CardFixture(number, "0" + (i % 9 + 1) + "/30")));
        numbers.add(number.replace("-", ""));
        String resident = String.format("900101%07d", 1_000_000 + i);
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("name", "이름" + i);
        kv.put("residentNumber", resident);
        kv.put("issueDate", "20200101");
        ids.add(fake.idImage("id-" + i, new FakeOcrService.IdFixture("resident", kv)));
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

      assertThat(fake.envelopedRequests()).isEqualTo(400);
      assertThat(fake.publicKeyFetches()).isEqualTo(2);
      assertThat(fake.symmetricKeys()).doesNotHaveDuplicates();
    }
  }
}
