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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrClientOperationsTest {

  private FakeOcrService fake;
  private OcrClient client;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeOcrService();
    client = Fixtures.v20(fake).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void a_credit_card_comes_back_decrypted_and_typed() {
    byte[] image = fake.cardImage("visa", Fixtures.VISA);

    CreditCard card = client.scanCreditCard(ImageSource.of(image));

    assertThat(card.number()).hasValueSatisfying(n -> assertThat(n.digits()).isEqualTo("4111111111111111"));
    assertThat(card.numberGroups()).extracting(g -> g.value().reveal()).containsExactly("4111", "1111", "1111", "1111");
    assertThat(card.validThru()).hasValueSatisfying(v -> assertThat(v.value().reveal()).isEqualTo("04/29"));
    assertThat(card.resolution()).isEqualTo(Resolution.NORMAL);
    assertThat(card.numberBoxes()).hasSize(1);
  }

  @Test
  void an_id_card_scan_returns_its_request_key_with_an_expiry() {
    byte[] image = fake.idImage("resident", Fixtures.resident());

    IdCardScan scan = client.scanIdCard(ImageSource.of(image));

    assertThat(scan.idType()).isEqualTo(IdType.RESIDENT);
    assertThat(scan.card().keyValues().get("residentNumber"))
        .hasValueSatisfying(r -> assertThat(r.value().reveal()).isEqualTo(Fixtures.RESIDENT_NUMBER));
    assertThat(scan.card().keyValues().get("name")).hasValueSatisfying(r -> assertThat(r.value().reveal()).isEqualTo("홍길동"));
    assertThat(scan.requestKey()).hasValueSatisfying(k -> {
      assertThat(k.reveal()).startsWith("rk-");
      assertThat(k.expiresAt()).isPresent();
    });
  }

  @Test
  void a_stand_alone_id_scan_has_no_request_key() {
    byte[] image = fake.idImage("resident-sa", Fixtures.resident());

    IdCardScan scan = client.scanIdCardStandAlone(ImageSource.of(image));

    assertThat(scan.requestKey()).isEmpty();
    assertThat(scan.card().keyValues().get("issueDate")).hasValueSatisfying(r -> assertThat(r.value().reveal()).isEqualTo("20200101"));
  }

  @Test
  void an_authenticity_check_sends_the_fields_encrypted_and_spends_the_request_key() {
    RequestKey key = client.scanIdCard(ImageSource.of(fake.idImage("auth", Fixtures.resident()))).requestKey().orElseThrow();

    boolean authentic = client.verifyAuthenticity(key,
        AuthenticityRequest.resident("홍길동", Fixtures.RESIDENT_NUMBER, "20200101"));

    assertThat(authentic).isTrue();
    assertThat(key.isSpent()).isTrue();
    assertThat(fake.authenticityFields()).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("idType", "resident").containsEntry("residentNumber", Fixtures.RESIDENT_NUMBER)
          .containsEntry("name", "홍길동");
    });
  }

  @Test
  void a_spent_request_key_is_refused_without_sending() {
    RequestKey key = client.scanIdCard(ImageSource.of(fake.idImage("spent", Fixtures.resident()))).requestKey().orElseThrow();
    AuthenticityRequest request = AuthenticityRequest.resident("홍길동", Fixtures.RESIDENT_NUMBER, "20200101");
    client.verifyAuthenticity(key, request);
    int sent = fake.envelopedRequests();

    assertThatThrownBy(() -> client.verifyAuthenticity(key, request))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4000122));
    assertThat(fake.envelopedRequests()).isEqualTo(sent);
  }

  @Test
  void a_request_key_unknown_to_the_service_is_refused_by_it() {
    assertThatThrownBy(() -> client.verifyAuthenticity(RequestKey.of("rk-made-up-by-hand"),
        AuthenticityRequest.resident("홍길동", Fixtures.RESIDENT_NUMBER, "20200101")))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(4000122);
          assertThat(e.resultKey()).isEqualTo("AUTHENTICITY_REQUEST_KEY_INVALID");
          assertThat(e.getMessage()).contains("id-card/authenticity").contains("4000122");
        });
  }

  @Test
  void an_image_can_be_a_path(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("card.png");
    Files.write(file, fake.cardImage("from-file", Fixtures.VISA));

    assertThat(client.scanCreditCard(ImageSource.of(file)).number()).isPresent();
  }

  @Test
  void an_image_can_be_a_stream_of_known_length() {
    byte[] image = fake.cardImage("from-stream", Fixtures.VISA);

    CreditCard card = client.scanCreditCard(ImageSource.of(new ByteArrayInputStream(image), image.length));

    assertThat(card.number()).isPresent();
  }

  @Test
  void the_encrypted_image_travels_as_raw_bytes_in_part_image_named_after_its_type() {
    client.scanCreditCard(ImageSource.of(fake.cardImage("part", Fixtures.VISA)));

    assertThat(fake.partHeaders()).singleElement().satisfies(h -> assertThat(h)
        .contains("Content-Disposition: form-data; name=\"image\"; filename=\"image.png\"")
        .contains("Content-Type: image/png"));
  }

  @Test
  void the_image_can_travel_as_base64_text_when_asked() {
    try (OcrClient base64 = Fixtures.v20(fake).base64Upload(true).build()) {
      CreditCard card = base64.scanCreditCard(ImageSource.of(fake.cardImage("b64", Fixtures.VISA)));

      assertThat(card.number()).isPresent();
      assertThat(fake.partHeaders()).singleElement().satisfies(h -> assertThat(h).contains("text/plain"));
    }
  }

  @Test
  void every_request_is_sealed_under_a_fresh_symmetric_key() {
    byte[] image = fake.cardImage("fresh", Fixtures.VISA);

    client.scanCreditCard(ImageSource.of(image));
    client.scanCreditCard(ImageSource.of(image));

    assertThat(fake.symmetricKeys()).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void the_service_saying_no_becomes_a_service_exception_with_code_and_key() {
    byte[] unknown = FakeOcrService.image("nobody registered this");

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(unknown)))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(4000111);
          assertThat(e.resultKey()).isEqualTo("CREDIT_CARD_INFO_NOT_FOUND");
          assertThat(e.serviceMessage()).isEqualTo("CREDIT_CARD_INFO_NOT_FOUND");
          assertThat(e.getMessage()).contains("credit-card").contains("4000111");
        });
  }

  @Test
  void a_wrong_secret_key_is_reported_as_4010001() {
    try (OcrClient wrong = Fixtures.v20(fake).secretKey("not-the-key").build()) {
      assertThatThrownBy(() -> wrong.scanCreditCard(ImageSource.of(fake.cardImage("wrong", Fixtures.VISA))))
          .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4010001));
    }
  }

  @Test
  void the_public_key_is_available_for_a_keys_command_and_fetched_once() {
    ServicePublicKey first = client.publicKey(KeyService.CREDIT_CARD);
    ServicePublicKey again = client.publicKey(KeyService.CREDIT_CARD);

    assertThat(first.version()).isEqualTo("0");
    assertThat(first.fingerprint()).hasSize(64);
    assertThat(again).isSameAs(first);
    assertThat(fake.publicKeyFetches()).isEqualTo(1);
  }

  @Test
  void a_rotated_key_is_fetched_again_and_the_scan_resent_under_it() {
    byte[] image = fake.cardImage("rotate", Fixtures.VISA);
    client.scanCreditCard(ImageSource.of(image));

    String newVersion = fake.rotateKey();
    CreditCard card = client.scanCreditCard(ImageSource.of(image));

    assertThat(card.number()).isPresent();
    assertThat(client.publicKey(KeyService.CREDIT_CARD).version()).isEqualTo(newVersion);
    assertThat(fake.publicKeyFetches()).isEqualTo(2);
    assertThat(fake.symmetricKeys()).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void async_calls_complete_on_the_given_executor() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "user-pool"));
    try (OcrClient async = Fixtures.v20(fake).executor(pool).build()) {
      String thread = async.scanCreditCardAsync(ImageSource.of(fake.cardImage("async", Fixtures.VISA)))
          .thenApply(card -> Thread.currentThread().getName())
          .get();

      assertThat(thread).isEqualTo("user-pool");
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void async_failures_complete_the_future_with_the_same_exception() {
    assertThatThrownBy(() -> client.scanIdCardAsync(ImageSource.of(FakeOcrService.image("unknown"))).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(OcrServiceException.class);
  }

  @Test
  void the_sdk_also_works_with_the_bouncy_castle_adapter() {
    try (OcrClient bc = Fixtures.v20(fake).crypto(new BouncyCastleEnvelopeCrypto()).build()) {
      assertThat(bc.scanIdCardStandAloneAsync(ImageSource.of(fake.idImage("bc", Fixtures.resident()))).join().idType())
          .isEqualTo(IdType.RESIDENT);
    }
  }

  @Test
  void an_image_over_the_configured_limit_is_refused_before_sending() {
    try (OcrClient small = Fixtures.v20(fake).maxImageBytes(10).build()) {
      assertThatThrownBy(() -> small.scanCreditCard(ImageSource.of(fake.cardImage("big", Fixtures.VISA))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'image'");
      assertThat(fake.envelopedRequests()).isZero();
    }
  }

  @Test
  void a_call_that_outlives_its_attempt_timeout_is_a_transport_fault() {
    fake.enqueue(new FakeOcrService.Fault.Delay(2_000), new FakeOcrService.Fault.Delay(2_000),
        new FakeOcrService.Fault.Delay(2_000));
    try (OcrClient impatient = Fixtures.v20(fake).attemptTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(() -> impatient.scanCreditCard(ImageSource.of(fake.cardImage("slow", Fixtures.VISA))))
          .isInstanceOf(io.ocrkit.core.model.OcrTransportException.class)
          .hasMessageContaining("credit-card")
          .hasMessageContaining("timed out");
    }
  }
}
