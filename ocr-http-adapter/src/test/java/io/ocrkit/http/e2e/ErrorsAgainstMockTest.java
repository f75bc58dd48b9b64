package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The service's refusals, caused by what causes them on the real mock, as the client reports them. */
class ErrorsAgainstMockTest {

  static final CreditCardSample CARD = SampleData.creditCard(1);
  static final ResidentCardSample RESIDENT = SampleData.residentCard(3);
  static final DriverLicenseSample DRIVER = SampleData.driverLicense(1);

  /** Started before the class, reset before each test, stopped after the class. */
  @RegisterExtension
  static final MockOcrExtension server = E2e.mock();

  private static MockOcrServer mock;

  /** A second mock whose upload limit is under the client's. */
  @RegisterExtension
  static final MockOcrExtension smallServer = E2e.mock(b -> b.maxUploadBytes(1_000));

  @BeforeAll
  static void startMock() {
    mock = server.server();
  }

  @Test
  void a_wrong_secret_key_is_an_ocr_service_exception_4010001_without_retry() {
    int mark = E2e.mark(mock);
    try (OcrClient client = E2e.v20(mock).secretKey("not-the-secret-key").build()) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))))
          .isInstanceOfSatisfying(OcrServiceException.class, e -> {
            assertThat(e.resultCode()).isEqualTo(4010001);
            assertThat(e.resultKey()).isEqualTo("INVALID_APPKEY_SECRETKEY");
            assertThat(e.retryable()).isFalse();
          });
    }
    assertThat(E2e.journal(mock, mark, "public-keys/credit-card")).singleElement()
        .satisfies(e -> assertThat(e.get("resultCode")).isEqualTo(4010001));
    assertThat(E2e.journal(mock, mark, "credit-card")).isEmpty();
  }

  @Test
  void a_wrong_secret_access_key_is_an_ocr_service_exception_4010001() {
    try (OcrClient client = OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey())
        .userAccessKey(mock.userAccessKeyId(), "not-the-secret-access-key")
        .tokenUrl(URI.create(mock.baseUrl() + "/oauth2/token/create")).build()) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))))
          .isInstanceOfSatisfying(OcrServiceException.class,
              e -> assertThat(e.resultCode()).isEqualTo(ResultCode.INVALID_APPKEY_SECRETKEY.code()));
    }
  }

  @Test
  void an_image_over_the_services_upload_limit_but_within_the_clients_is_refused_with_4131000() {
    MockOcrServer small = smallServer.server();
    try (OcrClient client = E2e.v20(small).maxImageBytes(50L * 1024 * 1024).build()) {
      assertThat(E2e.png(CARD).length).isGreaterThan(1_000);

      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))))
          .isInstanceOfSatisfying(OcrServiceException.class, e -> {
            assertThat(e.resultCode()).isEqualTo(4131000);
            assertThat(e.resultKey()).isEqualTo("MAX_UPLOAD_SIZE_EXCEEDED");
          });
      assertThat(E2e.journal(small, 0, "credit-card")).singleElement()
          .satisfies(e -> assertThat(e.get("resultCode")).isEqualTo(4131000));
    }
  }

  @Test
  void a_forged_card_checked_with_its_own_data_is_not_authentic() {
    try (OcrClient client = E2e.v20(mock).build()) {
      RequestKey key = client.scanIdCard(ImageSource.of(E2e.forgedPng(DRIVER))).requestKey().orElseThrow();

      assertThat(client.verifyAuthenticity(key, AuthenticityRequest.driver(DRIVER.name(), DRIVER.residentNumber(),
          DRIVER.driverLicenseNumber(), DRIVER.serialNum()))).isFalse();
      assertThat(key.isSpent()).as("a definite answer spends the key, true or false").isTrue();
    }
  }

  @Test
  void the_fifth_wrong_issue_date_for_one_resident_card_locks_it_with_4000123() {
    AuthenticityRequest wrongDate = AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(),
        "20000101");
    AuthenticityRequest rightDate = AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(),
        RESIDENT.issueDate());
    try (OcrClient client = E2e.v20(mock).build()) {
      for (int i = 1; i <= 4; i++) {
        RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
        assertThat(client.verifyAuthenticity(key, wrongDate)).as("wrong date %d", i).isFalse();
      }
      RequestKey fifth = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();

      assertThatThrownBy(() -> client.verifyAuthenticity(fifth, wrongDate))
          .isInstanceOfSatisfying(OcrServiceException.class, e -> {
            assertThat(e.resultCode()).isEqualTo(4000123);
            assertThat(e.resultKey()).isEqualTo("REGISTRATION_CARD_AUTHENTICATION_LOCKED");
          });
      RequestKey afterwards = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
      assertThatThrownBy(() -> client.verifyAuthenticity(afterwards, rightDate))
          .as("even the right date, once locked")
          .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4000123));
    }
  }
}
