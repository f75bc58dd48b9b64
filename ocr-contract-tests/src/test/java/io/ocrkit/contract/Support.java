package io.ocrkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.Sample;
import io.ocrkit.contract.targets.SampleKind;
import io.ocrkit.contract.targets.Settings;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.contract.wire.HandEnvelope;
import io.ocrkit.contract.wire.JdkEnvelope;
import io.ocrkit.contract.wire.OpensslEnvelope;
import io.ocrkit.contract.wire.ServiceKey;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.http.OcrClient;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** What many contracts share: samples, clients, envelopes and the assertions on an answer's header. */
final class Support {

  static final List<String> QUADRILATERAL = List.of("x1", "y1", "x2", "y2", "x3", "y3", "x4", "y4");

  private Support() {}

  /** The target's image of this kind; skips, with the reason, when the target has none. */
  static Sample sample(ContractTarget target, SampleKind kind) {
    return target.sample(kind).orElseGet(() -> {
      Assumptions.abort("the " + target.name() + " target has no " + kind.fileStem()
          + " image (" + Settings.SAMPLES_DIR + "/" + kind.fileStem() + ".png or .jpg)");
      return null;
    });
  }

  /** An SDK client for the target that does not retry, so each contract sees one exchange. */
  static OcrClient sdk(ContractTarget target) {
    return sdk(target, RetryPolicy.none());
  }

  static OcrClient sdk(ContractTarget target, RetryPolicy retryPolicy) {
    return OcrClient.builder()
        .baseUrl(target.baseUrl())
        .appKey(target.appKey())
        .secretKey(target.secretKey())
        .retryPolicy(retryPolicy)
        .attemptTimeout(Duration.ofSeconds(60))
        .build();
  }

  /** A fresh envelope made the way {@code via} says: JDK crypto or the openssl tool. */
  static HandEnvelope envelope(Contract.Via via, ServiceKey key) {
    if (via == Contract.Via.WIRE_OPENSSL) {
      Assumptions.assumeTrue(OpensslEnvelope.available(), "the openssl command-line tool is not installed");
      return OpensslEnvelope.fresh(key);
    }
    return JdkEnvelope.fresh(key);
  }

  /** HTTP 200 with a JSON header that says success (resultCode 0). */
  static void assertSuccess(Answer answer) {
    assertThat(answer.status()).as("HTTP status").isEqualTo(200);
    JsonObject header = answer.header();
    assertThat(header.getInt("resultCode")).as("header.resultCode").isZero();
    assertThat(header.getBoolean("isSuccessful")).as("header.isSuccessful").isTrue();
    assertThat(header.get("resultMessage")).as("header.resultMessage").isInstanceOf(jakarta.json.JsonString.class);
  }

  /** HTTP 200 (never 4xx/5xx) with a JSON header that says failure with {@code resultCode}. */
  static void assertFailure(Answer answer, int resultCode) {
    assertThat(answer.status()).as("HTTP status of a refusal").isEqualTo(200);
    JsonObject header = answer.header();
    assertThat(header.getBoolean("isSuccessful")).as("header.isSuccessful").isFalse();
    assertThat(header.getInt("resultCode")).as("header.resultCode").isEqualTo(resultCode);
    assertThat(header.get("resultMessage")).as("header.resultMessage").isInstanceOf(jakarta.json.JsonString.class);
  }

  /** A quadrilateral {@code {x1,y1,...,x4,y4}} of integers. */
  static void assertQuadrilateral(JsonValue value, String what) {
    assertThat(value.getValueType()).as(what + " is an object").isEqualTo(JsonValue.ValueType.OBJECT);
    JsonObject box = value.asJsonObject();
    for (String corner : QUADRILATERAL) {
      assertThat(box.get(corner)).as(what + "." + corner).isInstanceOf(JsonNumber.class);
      assertThat(box.getJsonNumber(corner).isIntegral()).as(what + "." + corner + " is an integer").isTrue();
    }
  }

  /** A confidence between 0 and 1. */
  static void assertConfidence(JsonObject reading, String what) {
    assertThat(reading.get("conf")).as(what + ".conf").isInstanceOf(JsonNumber.class);
    assertThat(reading.getJsonNumber("conf").doubleValue()).as(what + ".conf").isBetween(0.0, 1.0);
  }

  /** Only the digits of a reading, e.g. {@code 2020.01.02} → {@code 20200102}. */
  static String digits(String text) {
    return text.replaceAll("[^0-9]", "");
  }
}
