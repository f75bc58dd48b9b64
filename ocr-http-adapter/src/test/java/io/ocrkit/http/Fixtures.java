package io.ocrkit.http;

import io.ocrkit.core.model.RetryPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared test data and client set-ups for the fake service. */
final class Fixtures {

  static final FakeOcrService.CardFixture VISA = new FakeOcrService.CardFixture("4111-1111-1111-1111", "04/29");
  static final String RESIDENT_NUMBER = "9001011234567";

  private Fixtures() {}

  static FakeOcrService.IdFixture resident() {
    Map<String, String> kv = new LinkedHashMap<>();
    kv.put("name", "홍길동");
    kv.put("residentNumber", RESIDENT_NUMBER);
    kv.put("issueDate", "20200101");
    kv.put("issuer", "서울특별시 종로구청장");
    return new FakeOcrService.IdFixture("resident", kv);
  }

  /** A v2.0 client for {@code fake}, retrying quickly. */
  static OcrClientBuilder v20(FakeOcrService fake) {
    return OcrClient.builder()
        .baseUrl(fake.baseUrl())
        .appKey(FakeOcrService.APP_KEY)
        .secretKey(FakeOcrService.SECRET_KEY)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)))
        .attemptTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(30));
  }

  /** A v2.1 client for {@code fake}. */
  static OcrClientBuilder v21(FakeOcrService fake) {
    return OcrClient.builder()
        .baseUrl(fake.baseUrl())
        .tokenUrl(fake.tokenUrl())
        .appKey(FakeOcrService.APP_KEY)
        .userAccessKey(FakeOcrService.ACCESS_KEY_ID, FakeOcrService.SECRET_ACCESS_KEY)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)))
        .attemptTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(30));
  }
}
