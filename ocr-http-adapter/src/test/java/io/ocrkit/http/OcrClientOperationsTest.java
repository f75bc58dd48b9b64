package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.crypto.BouncyCastleEnvelopeCrypto;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.e2e.RecordingCrypto;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockOcrExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class OcrClientOperationsTest {

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  private final RecordingCrypto crypto = new RecordingCrypto();
  private OcrClient client;

  @BeforeEach
  void start() {
    client = Fixtures.v20(mock.server()).crypto(crypto).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void a_credit_card_comes_back_decrypted_and_typed() {
    byte[] image = Fixtures.cardImage(mock, "visa");

    CreditCard card = client.scanCreditCard(ImageSource.of(image));

    assertThat(card.number()).hasValueSatisfying(n -> assertThat(n.digits()).isEqualTo("4111111111111111"));
    assertThat(card.numberGroups()).extracting(g -> g.value().reveal()).containsExactly("4111", "1111", "1111", "1111");
    assertThat(card.validThru()).hasValueSatisfying(v -> assertThat(v.value().reveal()).isEqualTo("04/29"));
    assertThat(card.resolution()).isEqualTo(Resolution.NORMAL);
    assertThat(card.numberBoxes()).hasSize(1);
  }

  @Test
  void an_id_card_scan_returns_its_request_key_with_an_expiry() {
    byte[] image = Fixtures.idImage(mock, "resident");

    IdCardScan scan = client.scanIdCard(ImageSource.of(image));

    assertThat(scan.idType()).isEqualTo(IdType.RESIDENT);
    assertThat(scan.card().keyValues().get("residentNumber"))
        .hasValueSatisfying(r -> assertThat(r.value().reveal()).isEqualTo(Fixtures.RESIDENT_NUMBER));
    assertThat(scan.card().keyValues().get("name")).hasValueSatisfying(r -> assertThat(r.value().reveal()).isEqualTo(Fixtures.NAME));
    assertThat(scan.requestKey()).hasValueSatisfying(k -> {
      assertThat(k.reveal()).matches("[0-9a-f]{32}"); // the mock's form of a Request-Key
      assertThat(k.expiresAt()).isPresent();
    });
  }

  @Test
  void a_stand_alone_id_scan_has_no_request_key() {
    byte[] image = Fixtures.idImage(mock, "resident-sa");

    IdCardScan scan = client.scanIdCardStandAlone(ImageSource.of(image));

    assertThat(scan.requestKey()).isEmpty();
    assertThat(scan.card().keyValues().get("issueDate")).hasValueSatisfying(r -> assertThat(r.value().reveal()).isEqualTo("20200101"));
  }

  @Test
  void an_authenticity_check_sends_the_fields_encrypted_and_spends_the_request_key() {
    RequestKey key = client.scanIdCard(ImageSource.of(Fixtures.idImage(mock, "auth"))).requestKey().orElseThrow();

    boolean authentic = client.verifyAuthenticity(key,
        AuthenticityRequest.resident(Fixtures.NAME, Fixtures.RESIDENT_NUMBER, "20200101"));

    assertThat(authentic).isTrue();
    assertThat(key.isSpent()).isTrue();
    // The mock says authentic only when the fields it decrypted match the scan behind the key.
    assertThat(Fixtures.enveloped(mock)).last().satisfies(e -> {
      assertThat(e.path()).endsWith("/id-card/authenticity");
      assertThat(e.envelope()).isEqualTo("opened");
      assertThat(e.resultCode()).isZero();
    });
  }

  @Test
  void an_authenticity_check_with_a_field_the_scan_did_not_read_is_not_authentic() {
    RequestKey key = client.scanIdCard(ImageSource.of(Fixtures.idImage(mock, "auth-other"))).requestKey().orElseThrow();

    assertThat(client.verifyAuthenticity(key,
        AuthenticityRequest.resident("김철수", Fixtures.RESIDENT_NUMBER, "20200101"))).isFalse();
  }

  @Test
  void a_spent_request_key_is_refused_without_sending() {
    RequestKey key = client.scanIdCard(ImageSource.of(Fixtures.idImage(mock, "spent"))).requestKey().orElseThrow();
    AuthenticityRequest request = AuthenticityRequest.resident(Fixtures.NAME, Fixtures.RESIDENT_NUMBER, "20200101");
    client.verifyAuthenticity(key, request);
    int sent = Fixtures.envelopedRequests(mock);

    assertThatThrownBy(() -> client.verifyAuthenticity(key, request))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4000122));
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(sent);
  }

  @Test
  void a_request_key_unknown_to_the_service_is_refused_by_it() {
    assertThatThrownBy(() -> client.verifyAuthenticity(RequestKey.of("rk-made-up-by-hand"),
        AuthenticityRequest.resident(Fixtures.NAME, Fixtures.RESIDENT_NUMBER, "20200101")))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(4000122);
          assertThat(e.resultKey()).isEqualTo("AUTHENTICITY_REQUEST_KEY_INVALID");
          assertThat(e.getMessage()).contains("id-card/authenticity").contains("4000122");
        });
  }

  @Test
  void an_image_can_be_a_path(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("card.png");
    Files.write(file, Fixtures.cardImage(mock, "from-file"));

    assertThat(client.scanCreditCard(ImageSource.of(file)).number()).isPresent();
  }

  @Test
  void an_image_can_be_a_stream_of_known_length() {
    byte[] image = Fixtures.cardImage(mock, "from-stream");

    CreditCard card = client.scanCreditCard(ImageSource.of(new ByteArrayInputStream(image), image.length));

    assertThat(card.number()).isPresent();
  }

  @Test
  void the_encrypted_image_travels_as_raw_bytes_in_part_image_named_after_its_type() {
    client.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "part")));

    // The part's headers themselves are asserted by internal.MultipartTest; the mock reports how it read the part.
    assertThat(Fixtures.enveloped(mock)).singleElement().satisfies(e -> {
      assertThat(e.imagePart()).isEqualTo("raw");
      assertThat(e.imageType()).isEqualTo("png");
      assertThat(e.imagePartType()).isEqualTo("image/png");
      assertThat(e.imagePartFileName()).isEqualTo("image.png");
    });
  }

  @Test
  void the_image_can_travel_as_base64_text_when_asked() {
    try (OcrClient base64 = Fixtures.v20(mock.server()).base64Upload(true).build()) {
      CreditCard card = base64.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "b64")));

      assertThat(card.number()).isPresent();
      assertThat(Fixtures.enveloped(mock)).singleElement().extracting(JournalEntry::imagePart).isEqualTo("base64");
    }
  }

  @Test
  void every_request_is_sealed_under_a_fresh_symmetric_key() {
    byte[] image = Fixtures.cardImage(mock, "fresh");

    client.scanCreditCard(ImageSource.of(image));
    client.scanCreditCard(ImageSource.of(image));

    assertThat(crypto.wrappedKeys()).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void the_service_saying_no_becomes_a_service_exception_with_code_and_key() {
    byte[] unknown = Fixtures.refusedImage(mock, KeyService.CREDIT_CARD, "nobody", 4000111);

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(unknown)))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(4000111);
          assertThat(e.resultKey()).isEqualTo("CREDIT_CARD_INFO_NOT_FOUND");
          assertThat(e.serviceMessage()).isEqualTo(ResultCode.CREDIT_CARD_INFO_NOT_FOUND.message());
          assertThat(e.getMessage()).contains("credit-card").contains("4000111");
        });
  }

  @Test
  void a_wrong_secret_key_is_reported_as_4010001() {
    try (OcrClient wrong = Fixtures.v20(mock.server()).secretKey("not-the-key").build()) {
      assertThatThrownBy(() -> wrong.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "wrong"))))
          .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4010001));
    }
  }

  @Test
  void the_public_key_is_available_for_a_keys_command_and_fetched_once() {
    ServicePublicKey first = client.publicKey(KeyService.CREDIT_CARD);
    ServicePublicKey again = client.publicKey(KeyService.CREDIT_CARD);

    assertThat(first.version()).isEqualTo(mock.requests().get(0).keyVersion()).isNotBlank();
    assertThat(first.fingerprint()).hasSize(64);
    assertThat(again).isSameAs(first);
    assertThat(Fixtures.publicKeyFetches(mock)).isEqualTo(1);
  }

  @Test
  void a_rotated_key_is_fetched_again_and_the_scan_resent_under_it() {
    byte[] image = Fixtures.cardImage(mock, "rotate");
    client.scanCreditCard(ImageSource.of(image));

    String newVersion = mock.rotateKey(KeyService.CREDIT_CARD, true);
    CreditCard card = client.scanCreditCard(ImageSource.of(image));

    assertThat(card.number()).isPresent();
    assertThat(client.publicKey(KeyService.CREDIT_CARD).version()).isEqualTo(newVersion);
    assertThat(Fixtures.publicKeyFetches(mock)).isEqualTo(2);
    assertThat(crypto.wrappedKeys()).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void async_calls_complete_on_the_given_executor() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "user-pool"));
    try (OcrClient async = Fixtures.v20(mock.server()).executor(pool).build()) {
      String thread = async.scanCreditCardAsync(ImageSource.of(Fixtures.cardImage(mock, "async")))
          .thenApply(card -> Thread.currentThread().getName())
          .get();

      assertThat(thread).isEqualTo("user-pool");
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void async_failures_complete_the_future_with_the_same_exception() {
    assertThatThrownBy(() -> client.scanIdCardAsync(ImageSource.of(Fixtures.refusedImage(mock, KeyService.ID_CARD, "unknown", 4000121))).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(OcrServiceException.class);
  }

  @Test
  void the_sdk_also_works_with_the_bouncy_castle_adapter() {
    try (OcrClient bc = Fixtures.v20(mock.server()).crypto(new BouncyCastleEnvelopeCrypto()).build()) {
      assertThat(bc.scanIdCardStandAloneAsync(ImageSource.of(Fixtures.idImage(mock, "bc"))).join().idType())
          .isEqualTo(IdType.RESIDENT);
    }
  }

  @Test
  void an_image_over_the_configured_limit_is_refused_before_sending() {
    try (OcrClient small = Fixtures.v20(mock.server()).maxImageBytes(10).build()) {
      assertThatThrownBy(() -> small.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "big"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'image'");
      assertThat(Fixtures.envelopedRequests(mock)).isZero();
    }
  }

  @Test
  void a_call_that_outlives_its_attempt_timeout_is_a_transport_fault() {
    mock.injectFault(Fault.delay("credit-card", 3, 2_000));
    try (OcrClient impatient = Fixtures.v20(mock.server()).attemptTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(() -> impatient.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "slow"))))
          .isInstanceOf(io.ocrkit.core.model.OcrTransportException.class)
          .hasMessageContaining("credit-card")
          .hasMessageContaining("timed out");
    }
  }
}
