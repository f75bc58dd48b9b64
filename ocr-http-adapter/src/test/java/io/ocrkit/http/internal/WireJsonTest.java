package io.ocrkit.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Wire;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireJsonTest {

  private final WireJson json = new WireJson();

  @Test
  void is_successful_binds_under_its_protocol_name() {
    WireJson.Parsed<Wire.PublicKey> p = json.publicKey("op",
        "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"},"
            + "\"result\":{\"key\":\"QUJD\",\"version\":\"0\"}}");

    assertThat(p.header()).isEqualTo(new Wire.Header(true, 0, "SUCCESS"));
    assertThat(p.result()).isEqualTo(new Wire.PublicKey("QUJD", "0"));
  }

  @Test
  void a_failed_answer_without_result_keeps_its_code() {
    WireJson.Parsed<Wire.CreditCard> p = json.creditCard("op",
        "{\"header\":{\"isSuccessful\":false,\"resultCode\":4000111,\"resultMessage\":\"x\"}}");

    assertThat(p.header().isSuccessful()).isFalse();
    assertThat(p.header().resultCode()).isEqualTo(4000111);
    assertThat(p.result()).isNull();
  }

  @Test
  void is_authenticity_binds_under_its_protocol_name() {
    WireJson.Parsed<Wire.Authenticity> p = json.authenticity("op",
        "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},\"result\":{\"isAuthenticity\":false}}");

    assertThat(p.result().isAuthenticity()).isFalse();
  }

  @Test
  void an_id_card_answer_maps_field_for_field_and_keeps_unknown_fields_out_of_the_way() {
    WireJson.Parsed<Wire.IdCard> p = json.idCard("op",
        "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},\"extra\":1,\"result\":{\"fileType\":\"jpg\","
            + "\"resolution\":\"normal\",\"idType\":\"driver\",\"keyValues\":[{\"key\":\"name\",\"value\":\"Y2lw\","
            + "\"conf\":0.5,\"bbox\":{\"x1\":1,\"y1\":2,\"x2\":3,\"y2\":4,\"x3\":5,\"y3\":6,\"x4\":7,\"y4\":8}}],"
            + "\"boxes\":[]}}");

    assertThat(p.result().idType()).isEqualTo("driver");
    assertThat(p.result().keyValues()).containsExactly(
        new Wire.KeyValue("name", "Y2lw", 0.5, new Wire.Box(1, 2, 3, 4, 5, 6, 7, 8)));
  }

  @Test
  void an_answer_without_a_header_is_a_protocol_fault() {
    assertThatThrownBy(() -> json.creditCard("credit-card", "{\"result\":{}}"))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("credit-card");
  }

  @Test
  void a_box_missing_a_corner_is_a_protocol_fault() {
    assertThatThrownBy(() -> json.creditCard("credit-card", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},"
        + "\"result\":{\"validThruBox\":{\"x1\":1}}}"))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("corners");
  }

  @ParameterizedTest(name = "resultCode {0}")
  @ValueSource(strings = {"4000000000", "-2147483649", "1.5", "4000111.0001", "1e10"})
  void a_result_code_that_is_not_an_int_is_a_protocol_fault_not_another_code(String code) {
    // JSON-B alone wraps 4000000000 to -294967296 and truncates 1.5 to 1: the caller would see a
    // result code the service never sent.
    assertThatThrownBy(() -> json.creditCard("credit-card",
        "{\"header\":{\"isSuccessful\":false,\"resultCode\":" + code + "}}"))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("credit-card")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(code));
  }

  @Test
  void a_result_code_written_as_a_whole_number_is_read() {
    assertThat(json.creditCard("op", "{\"header\":{\"isSuccessful\":false,\"resultCode\":4000111.0}}")
        .header().resultCode()).isEqualTo(4000111);
  }

  @Test
  void a_number_of_a_million_digits_is_refused_at_once_not_parsed_in_quadratic_time() {
    // Bound to BigDecimal, such a number took about 15 s of the caller's thread to parse (400,000
    // digits 2.3 s); bound to Integer before, JSON-B refused it in milliseconds.
    String code = "1" + "0".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThatThrownBy(() -> json.creditCard("credit-card",
        "{\"header\":{\"isSuccessful\":false,\"resultCode\":" + code + "}}"))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("credit-card"));
  }

  @ParameterizedTest(name = "x1 {0}")
  @ValueSource(strings = {"2.5", "3000000000"})
  void a_box_corner_that_is_not_an_int_is_a_protocol_fault(String x1) {
    assertThatThrownBy(() -> json.creditCard("credit-card", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},"
        + "\"result\":{\"validThruBox\":{\"x1\":" + x1 + ",\"y1\":2,\"x2\":3,\"y2\":4,\"x3\":5,\"y3\":6,"
        + "\"x4\":7,\"y4\":8}}}"))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("credit-card");
  }

  @Test
  void broken_json_is_a_protocol_fault_that_does_not_quote_the_body() {
    assertThatThrownBy(() -> json.creditCard("credit-card", "{\"header\": SECRET-BODY"))
        .isInstanceOf(OcrProtocolException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET-BODY"))
        // the cause is kept for diagnosis, its message withheld (WireJsonCauseTest)
        .satisfies(e -> assertThat(e.getCause()).isInstanceOf(WithheldCause.class)
            .satisfies(c -> assertThat(c.toString()).doesNotContain("SECRET-BODY")));
  }

  @Test
  void the_authenticity_body_keeps_the_field_order() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idType", "resident");
    fields.put("name", "abc");
    fields.put("residentNumber", "def");

    assertThat(json.object(fields)).isEqualTo("{\"idType\":\"resident\",\"name\":\"abc\",\"residentNumber\":\"def\"}");
  }

  @Test
  void a_token_answer_binds_its_snake_case_names() {
    var token = json.token("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":60}");

    assertThat(token.accessToken()).isEqualTo("t");
    // a number or a string of digits: TokenAnswer reads either
    assertThat(token.expiresIn()).isInstanceOfSatisfying(Number.class, n -> assertThat(n.longValue()).isEqualTo(60L));
  }
}
