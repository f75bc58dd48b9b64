package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertFailure;
import static io.ocrkit.contract.Support.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.contract.wire.OpensslEnvelope;
import io.ocrkit.contract.wire.ServiceKey;
import io.ocrkit.contract.wire.WireClient;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.http.OcrClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;

/** docs/protocol.md, "Operations": public-key issuance and the shape of its answer. */
@DisplayName("Public-key issuance")
class PublicKeyContracts {

  @Contract(id = "public-key.issuance", via = Via.WIRE_JDK)
  @DisplayName("each service issues an RSA key of at least 2048 bits as Base64 DER, with a string version")
  void each_service_issues_a_base64_der_rsa_key_with_a_string_version(ContractTarget target) {
    WireClient wire = new WireClient(target);
    for (KeyService service : KeyService.values()) {
      Answer answer = wire.publicKey(service);

      assertSuccess(answer);
      assertThat(answer.contentType()).as("Content-Type").hasValueSatisfying(t -> assertThat(t).contains("json"));
      JsonObject result = answer.result();
      assertThat(result.get("version")).as(service.wireName() + " result.version is a JSON string")
          .isInstanceOf(JsonString.class);
      assertThat(result.getString("version")).isNotBlank();
      String key = result.getString("key");
      assertThat(key).as("result.key is standard Base64 with padding and no line breaks")
          .matches("[A-Za-z0-9+/]+={0,2}");
      ServiceKey parsed = ServiceKey.parse(result.getString("version"), key);
      assertThat(parsed.bits()).as(service.wireName() + " key size").isGreaterThanOrEqualTo(2048);
    }
  }

  @Contract(id = "public-key.issuance", via = Via.WIRE_OPENSSL)
  @DisplayName("openssl reads the issued key, written as PEM, as an RSA public key")
  void openssl_reads_the_issued_key_as_rsa(ContractTarget target) throws Exception {
    Assumptions.assumeTrue(OpensslEnvelope.available(), "the openssl command-line tool is not installed");
    ServiceKey key = new WireClient(target).serviceKey(KeyService.ID_CARD);
    Path dir = Files.createTempDirectory("ocr-contract-pem");
    try {
      Path pem = Files.writeString(dir.resolve("service.pem"), key.pem(), StandardCharsets.US_ASCII);
      Process process = new ProcessBuilder("openssl", "pkey", "-pubin", "-in", pem.toString(), "-noout", "-text")
          .redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(process.waitFor()).as("openssl pkey exit code").isZero();
      assertThat(text).containsPattern("Public-Key: \\((\\d{4,5}) bit\\)");
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.deleteIfExists(dir);
    }
  }

  @Contract(id = "public-key.issuance", via = Via.SDK)
  @DisplayName("the SDK fetches each service's key and its version")
  void the_sdk_fetches_each_services_key(ContractTarget target) {
    try (OcrClient client = Support.sdk(target)) {
      for (KeyService service : KeyService.values()) {
        ServicePublicKey key = client.publicKey(service);

        assertThat(key.version()).as(service.wireName() + " version").isNotBlank();
        assertThat(key.service()).isEqualTo(service);
      }
    }
  }

  @Contract(id = "error.bad-credentials", via = Via.WIRE_JDK)
  @DisplayName("a wrong secret key is refused with 4010001 when asking for a public key")
  void a_wrong_secret_key_is_refused_for_a_public_key(ContractTarget target) {
    Answer answer = new WireClient(target).publicKey(KeyService.CREDIT_CARD, "not-the-secret-key");

    assertFailure(answer, ResultCode.INVALID_APPKEY_SECRETKEY.code());
  }
}
