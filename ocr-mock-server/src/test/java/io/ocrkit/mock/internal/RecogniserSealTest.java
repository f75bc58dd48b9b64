package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.EncryptedFields;
import io.ocrkit.core.protocol.FieldPath;
import io.ocrkit.core.protocol.KeyService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The mock seals exactly the protocol's list of encrypted fields, the list the SDK decrypts. */
class RecogniserSealTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @ParameterizedTest
  @EnumSource(KeyService.class)
  void a_sealed_answer_differs_from_the_plain_one_exactly_at_the_listed_encrypted_fields(KeyService service)
      throws Exception {
    Map<String, Object> plain = answer(service);

    Map<String, Object> sealed = Recogniser.sealResult(service, plain, new MarkingEnvelope());

    Map<String, Object> changed = new LinkedHashMap<>();
    diff("", plain, sealed, changed);
    assertThat(changed.keySet()).containsExactlyInAnyOrderElementsOf(
        EncryptedFields.of(service).stream().map(FieldPath::toString).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void every_sealed_value_is_its_plain_value_encrypted_and_the_plain_answer_is_left_alone() throws Exception {
    Map<String, Object> plain = answer(KeyService.CREDIT_CARD);
    String plainJson = Json.write(plain);

    Map<String, Object> sealed = Recogniser.sealResult(KeyService.CREDIT_CARD, plain, new MarkingEnvelope());

    assertThat(sealed.get("totalCardNum")).isEqualTo("sealed:" + plain.get("totalCardNum"));
    assertThat(Json.write(plain)).isEqualTo(plainJson);
    assertThat(sealed).doesNotContainKey("authentic");
  }

  @Test
  void odd_shapes_in_a_fixture_are_passed_over_rather_than_failing_the_answer() {
    Map<String, Object> fixture = new LinkedHashMap<>();
    fixture.put("cardNums", List.of("4111", Map.of("value", "1111")));
    fixture.put("validThru", "04/29");
    fixture.put("totalCardNum", 4111111111111111L);

    Map<String, Object> sealed = Recogniser.sealResult(KeyService.CREDIT_CARD, fixture, new MarkingEnvelope());

    assertThat(sealed.get("cardNums")).isEqualTo(List.of("4111", Map.of("value", "sealed:1111")));
    assertThat(sealed.get("validThru")).isEqualTo("04/29");
    assertThat(sealed.get("totalCardNum")).isEqualTo("sealed:4111111111111111");
  }

  private static Map<String, Object> answer(KeyService service) throws Exception {
    byte[] sha = MessageDigest.getInstance("SHA-256").digest("image".getBytes(StandardCharsets.UTF_8));
    Map<String, Object> answer = service == KeyService.CREDIT_CARD
        ? DefaultAnswers.creditCard(sha, 800, 500, TODAY)
        : DefaultAnswers.idCard(sha, 800, 500, TODAY);
    return answer;
  }

  /** Records, as field paths ({@code a[].b}), every leaf whose sealed value is {@code sealed:} + its plain value. */
  private static void diff(String path, Object plain, Object sealed, Map<String, Object> changed) {
    if (plain instanceof Map<?, ?> p && sealed instanceof Map<?, ?> s) {
      p.forEach((k, v) -> {
        if (!"authentic".equals(k)) {
          diff(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, s.get(k), changed);
        }
      });
    } else if (plain instanceof List<?> p && sealed instanceof List<?> s) {
      assertThat(s).hasSameSizeAs(p);
      for (int i = 0; i < p.size(); i++) {
        diff(path + "[]", p.get(i), s.get(i), changed);
      }
    } else if (!java.util.Objects.equals(plain, sealed)) {
      assertThat(sealed).as(path).isEqualTo("sealed:" + plain);
      changed.put(path, sealed);
    }
  }

  /** Marks what it "encrypts", so a test sees which fields were sealed. */
  private static final class MarkingEnvelope implements Envelope {
    @Override
    public String keyVersion() {
      return "test";
    }

    @Override
    public String wrappedKey() {
      return "";
    }

    @Override
    public InputStream encrypting(InputStream plaintext) {
      throw new UnsupportedOperationException();
    }

    @Override
    public InputStream decrypting(InputStream ciphertext) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String encryptField(String plaintext) {
      return "sealed:" + plaintext;
    }

    @Override
    public String decryptField(String base64Ciphertext) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }
}
