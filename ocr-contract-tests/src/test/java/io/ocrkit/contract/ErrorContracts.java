package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.Sample;
import io.ocrkit.contract.targets.SampleKind;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.contract.wire.HandEnvelope;
import io.ocrkit.contract.wire.JdkEnvelope;
import io.ocrkit.contract.wire.ServiceKey;
import io.ocrkit.contract.wire.WireClient;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.http.OcrClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;

/**
 * docs/protocol.md, "Result codes": each documented error a client can provoke, on a credit-card scan
 * built by hand, answered with HTTP 200 and the code in the JSON header.
 */
@DisplayName("Errors a client can provoke")
class ErrorContracts {

  /** Just over the 20 MB limit, counting 20 MB as MiB so the request is over either reading. */
  private static final int OVERSIZE = 20 * 1024 * 1024 + 1024;

  @Contract(id = "error.bad-credentials", via = Via.WIRE_JDK)
  @DisplayName("a scan with a wrong secret key is refused with 4010001")
  void a_scan_with_a_wrong_secret_key_is_refused(ContractTarget target) {
    Answer answer = sealed(target, request -> request.header(Protocol.AUTHORIZATION, "not-the-secret-key"));

    assertFailure(answer, ResultCode.INVALID_APPKEY_SECRETKEY.code());
  }

  @Contract(id = "error.bad-credentials", via = Via.SDK)
  @DisplayName("the SDK reports a wrong secret key as a service error 4010001")
  void the_sdk_reports_a_wrong_secret_key(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    try (OcrClient client = OcrClient.builder().baseUrl(target.baseUrl()).appKey(target.appKey())
        .secretKey("not-the-secret-key").retryPolicy(io.ocrkit.core.model.RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(sample.bytes())))
          .isInstanceOfSatisfying(OcrServiceException.class,
              e -> assertThat(e.resultCode()).isEqualTo(ResultCode.INVALID_APPKEY_SECRETKEY.code()));
    }
  }

  @Contract(id = "error.missing-header", via = Via.WIRE_JDK)
  @DisplayName("a scan without Symmetric-Key is refused with 4000005")
  void a_scan_without_symmetric_key_is_refused(ContractTarget target) {
    assertFailure(sealed(target, request -> request.header(Protocol.SYMMETRIC_KEY, null)),
        ResultCode.MISSING_REQUIRED_HEADER.code());
  }

  @Contract(id = "error.missing-header", via = Via.WIRE_JDK)
  @DisplayName("a scan without X-Key-Version is refused with 4000005")
  void a_scan_without_key_version_is_refused(ContractTarget target) {
    assertFailure(sealed(target, request -> request.header(Protocol.KEY_VERSION, null)),
        ResultCode.MISSING_REQUIRED_HEADER.code());
  }

  @Contract(id = "error.missing-header", via = Via.WIRE_JDK)
  @DisplayName("a scan without Authorization is refused with 4000005 or 4010001 (docs/protocol.md does not say which)")
  void a_scan_without_authorization_is_refused(ContractTarget target) {
    Answer answer = sealed(target, request -> request.header(Protocol.AUTHORIZATION, null));

    assertThat(answer.status()).as("HTTP status of a refusal").isEqualTo(200);
    assertThat(answer.successful()).isFalse();
    assertThat(answer.resultCode()).isIn(ResultCode.MISSING_REQUIRED_HEADER.code(),
        ResultCode.INVALID_APPKEY_SECRETKEY.code());
  }

  @Contract(id = "error.bad-key-version", via = Via.WIRE_JDK)
  @DisplayName("a scan naming a key version the service never issued is refused with 4000301")
  void an_unknown_key_version_is_refused(ContractTarget target) {
    assertFailure(sealed(target, request -> request.header(Protocol.KEY_VERSION, "987654321")),
        ResultCode.INVALID_KEY_VERSION.code());
  }

  @Contract(id = "error.bad-symmetric-key", via = Via.WIRE_JDK)
  @DisplayName("a Symmetric-Key that unwraps to 16 bytes instead of 32 is refused with 4000302")
  void a_symmetric_key_of_the_wrong_length_is_refused(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    WireClient wire = new WireClient(target);
    ServiceKey key = wire.serviceKey(KeyService.CREDIT_CARD);
    try (HandEnvelope shortKey = JdkEnvelope.withKey(key, new byte[16]);
        HandEnvelope envelope = JdkEnvelope.fresh(key)) {
      Answer answer = wire.request(Operation.CREDIT_CARD).envelope(envelope)
          .header(Protocol.SYMMETRIC_KEY, shortKey.wrappedKey())
          .multipart(envelope.encrypt(sample.bytes()), sample.fileName());

      assertFailure(answer, ResultCode.INVALID_SYMMETRIC_KEY.code());
    }
  }

  @Contract(id = "error.bad-symmetric-key", via = Via.WIRE_JDK)
  @DisplayName("a Symmetric-Key that is not RSA ciphertext under the service key is refused with 4000302")
  void a_symmetric_key_that_does_not_unwrap_is_refused(ContractTarget target) {
    byte[] garbage = new byte[256];
    Arrays.fill(garbage, (byte) 0x5a);
    Answer answer = sealed(target,
        request -> request.header(Protocol.SYMMETRIC_KEY, Base64.getEncoder().encodeToString(garbage)));

    assertFailure(answer, ResultCode.INVALID_SYMMETRIC_KEY.code());
  }

  @Contract(id = "error.bad-ciphertext", via = Via.WIRE_JDK)
  @DisplayName("an image part that is not AES-CBC ciphertext (17 bytes) is refused with 4000303")
  void an_image_that_does_not_decrypt_is_refused(ContractTarget target) {
    Answer answer = withEnvelope(target, (wire, envelope) ->
        wire.request(Operation.CREDIT_CARD).envelope(envelope).multipart(new byte[17], "image.png"));

    assertFailure(answer, ResultCode.INVALID_ENCRYPTED_DATA.code());
  }

  @Contract(id = "error.empty-file", via = Via.WIRE_JDK)
  @DisplayName("an empty image part is refused with 4000004")
  void an_empty_image_is_refused(ContractTarget target) {
    Answer answer = withEnvelope(target, (wire, envelope) ->
        wire.request(Operation.CREDIT_CARD).envelope(envelope).multipart(new byte[0], "image.png"));

    assertFailure(answer, ResultCode.UPLOADED_FILE_IS_EMPTY.code());
  }

  @Contract(id = "error.wrong-file-type", via = Via.WIRE_JDK)
  @DisplayName("an encrypted GIF is refused with 4000003")
  void an_encrypted_gif_is_refused(ContractTarget target) {
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
    Answer answer = withEnvelope(target, (wire, envelope) ->
        wire.request(Operation.CREDIT_CARD).envelope(envelope).multipart(envelope.encrypt(gif), "image.png"));

    assertFailure(answer, ResultCode.INVALID_FILE_TYPE.code());
  }

  @Contract(id = "error.oversize", via = Via.WIRE_JDK)
  @DisplayName("an upload over 20 MB is refused with 4131000")
  void an_upload_over_the_limit_is_refused(ContractTarget target) {
    byte[] big = new byte[OVERSIZE];
    byte[] png = Support.sample(target, SampleKind.CREDIT_CARD).bytes();
    System.arraycopy(png, 0, big, 0, Math.min(png.length, big.length));
    Answer answer = withEnvelope(target, (wire, envelope) ->
        wire.request(Operation.CREDIT_CARD).envelope(envelope).multipart(envelope.encrypt(big), "image.png"));

    assertFailure(answer, ResultCode.MAX_UPLOAD_SIZE_EXCEEDED.code());
  }

  @Contract(id = "http.200-everywhere", via = Via.WIRE_JDK)
  @DisplayName("refusals of every kind come as HTTP 200 with a JSON header, never as 4xx or 5xx")
  void refusals_come_as_http_200_with_a_json_header(ContractTarget target) {
    WireClient wire = new WireClient(target);
    Answer[] refusals = {
        wire.publicKey(KeyService.ID_CARD, "not-the-secret-key"),
        wire.request(Operation.CREDIT_CARD).multipart(new byte[32], "image.png"),
        wire.request(Operation.ID_CARD_STAND_ALONE).multipart(new byte[32], "image.jpg"),
        WireScan.authenticity(target, null, "resident", WireScan.madeUpResident()),
    };
    for (Answer refusal : refusals) {
      assertThat(refusal.status()).as("HTTP status").isEqualTo(200);
      assertThat(refusal.contentType()).hasValueSatisfying(t -> assertThat(t).contains("json"));
      assertThat(refusal.successful()).as("header.isSuccessful").isFalse();
      assertThat(refusal.resultCode()).as("header.resultCode").isNotZero();
    }
  }

  /** A well-formed credit-card scan, changed by {@code change} before it is sent. */
  private static Answer sealed(ContractTarget target,
      java.util.function.UnaryOperator<WireClient.Request> change) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    return withEnvelope(target, (wire, envelope) ->
        change.apply(wire.request(Operation.CREDIT_CARD).envelope(envelope))
            .multipart(envelope.encrypt(sample.bytes()), sample.fileName()));
  }

  private static Answer withEnvelope(ContractTarget target,
      java.util.function.BiFunction<WireClient, HandEnvelope, Answer> exchange) {
    WireClient wire = new WireClient(target);
    try (HandEnvelope envelope = JdkEnvelope.fresh(wire.serviceKey(KeyService.CREDIT_CARD))) {
      return exchange.apply(wire, envelope);
    }
  }
}
