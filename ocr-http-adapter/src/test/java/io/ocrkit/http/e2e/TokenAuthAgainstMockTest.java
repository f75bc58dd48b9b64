package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrEventListener;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * v2.1 against the real mock: User Access Key → bearer token from {@code /oauth2/token/create},
 * every call on the {@code /v2.1/} paths, and a token the mock's clock has expired replaced by the
 * client on its own.
 */
class TokenAuthAgainstMockTest {

  static final Duration TOKEN_TTL = Duration.ofSeconds(120);
  static final CreditCardSample CARD = SampleData.creditCard(1);
  static final ResidentCardSample RESIDENT = SampleData.residentCard(1);
  static final DriverLicenseSample DRIVER = SampleData.driverLicense(1);

  /** Started before the class, reset before each test, stopped after the class. */
  @RegisterExtension
  static final MockOcrExtension server = E2e.mock(b -> b.userAccessKeyId("e2e-uak").secretAccessKey("e2e-uak-secret-0123456789")
      .tokenTtl(TOKEN_TTL));

  private static MockOcrServer mock;
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private OcrClient client;
  private int mark;

  @BeforeAll
  static void startMock() {
    mock = server.server();
  }

  @BeforeEach
  void connect() {
    client = E2e.v21(mock).eventListener(new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        if (exchange.operation().equals("token")) {
          tokenRequests.incrementAndGet();
        }
      }
    }).build();
    mark = E2e.mark(mock);
  }

  @AfterEach
  void close() {
    client.close();
  }

  private List<Map<String, Object>> since() {
    List<Map<String, Object>> all = E2e.entries(mock);
    return all.subList(mark, all.size());
  }

  /** The mock's journal leaves out its token endpoint, so the client's interceptor counts those. */
  private long tokenRequests() {
    return tokenRequests.get();
  }

  @Test
  void every_operation_works_with_a_user_access_key_on_the_v2_1_paths() {
    CreditCard card = client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    IdCardScan resident = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT)));
    IdCardScan driver = client.scanIdCardStandAloneAsync(ImageSource.of(E2e.png(DRIVER))).join();
    boolean authentic = client.verifyAuthenticityAsync(resident.requestKey().orElseThrow(),
        AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(), RESIDENT.issueDate())).join();

    assertThat(E2e.matches(card, CARD)).isTrue();
    assertThat(E2e.actualKeyValues(resident)).containsExactlyEntriesOf(E2e.expectedKeyValues(RESIDENT));
    assertThat(E2e.actualKeyValues(driver)).containsExactlyEntriesOf(E2e.expectedKeyValues(DRIVER));
    assertThat(card.findings()).isEmpty();
    assertThat(resident.findings()).isEmpty();
    assertThat(driver.findings()).isEmpty();
    assertThat(authentic).isTrue();
    assertThat(since()).filteredOn(e -> String.valueOf(e.get("path")).contains("/appkeys/"))
        .isNotEmpty()
        .allSatisfy(e -> {
          assertThat(String.valueOf(e.get("path"))).startsWith("/v2.1/");
          assertThat(e.get("resultCode")).isEqualTo(0);
        });
  }

  @Test
  void one_token_serves_every_call_while_it_is_valid() {
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    client.scanIdCardStandAlone(ImageSource.of(E2e.png(RESIDENT)));
    client.publicKey(KeyService.ID_CARD);

    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void a_token_expired_by_the_mocks_clock_is_replaced_by_the_client_on_its_own() {
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    mock.advanceClock(TOKEN_TTL.plusSeconds(1)); // the client's clock still thinks the token is fresh

    CreditCard card = client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(E2e.matches(card, CARD)).isTrue();
    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(E2e.journal(mock, mark, "credit-card")).extracting(e -> e.get("resultCode"))
        .containsExactly(0, ResultCode.INVALID_TOKEN.code(), 0);
  }

  @Test
  void an_authenticity_check_after_the_token_expired_still_succeeds_with_a_new_token() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    mock.advanceClock(TOKEN_TTL.plusSeconds(1)); // past the token, well within the Request-Key's hour

    boolean authentic = client.verifyAuthenticity(key,
        AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(), RESIDENT.issueDate()));

    assertThat(authentic).isTrue();
    assertThat(tokenRequests()).isEqualTo(2);
  }
}
