package io.ocrkit.mock.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ocrkit.mock.internal.Images;
import io.ocrkit.mock.internal.Json;
import io.ocrkit.mock.internal.Multipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes the mock server's parsers of client bytes: the multipart upload, the authenticity JSON,
 * and the PNG/JPEG header reader. Documented failures only: {@link Multipart.TooLarge},
 * {@link Multipart.Malformed} or {@link IOException} for multipart, {@link IllegalArgumentException}
 * for JSON, none at all for images. A kept part never passes its limit.
 */
@org.junit.jupiter.api.Tag("slow")
class MockParsersFuzzTest {

  private static final long LIMIT = 4096;

  @FuzzTest(maxDuration = "5s")
  void a_multipart_body_yields_a_part_within_the_limit_or_a_documented_failure(FuzzedDataProvider data) {
    String contentType = data.consumeBoolean() ? "multipart/form-data; boundary=" + data.consumeString(80)
        : data.consumeString(120);
    byte[] body = data.consumeRemainingAsBytes();
    Optional<String> boundary = Multipart.boundary(contentType);
    if (boundary.isEmpty()) {
      return;
    }
    assertThat(boundary.get()).isNotEmpty().hasSizeLessThanOrEqualTo(70);
    try {
      Optional<byte[]> part = Multipart.readPart(new ByteArrayInputStream(body), boundary.get(), "image", LIMIT);
      part.ifPresent(p -> assertThat(p.length).isLessThanOrEqualTo((int) LIMIT).isLessThanOrEqualTo(body.length));
    } catch (Multipart.TooLarge | Multipart.Malformed | IOException documented) {
      // the handler answers 4131000 or 4000001
    }
  }

  @FuzzTest(maxDuration = "5s")
  void an_authenticity_body_is_a_json_object_or_an_illegal_argument(byte[] body) {
    try {
      Map<String, Object> object = Json.readObject(new String(body, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(object).isNotNull();
    } catch (IllegalArgumentException documented) {
      // the handler answers 4000001
    }
  }

  @FuzzTest(maxDuration = "5s")
  void an_image_header_is_read_without_any_exception(byte[] image) {
    Optional<Images.Info> info = Images.inspect(image);
    info.ifPresent(i -> assertThat(i.type()).isNotNull());
    Optional<String> text = Images.pngText(image, "ocr-mock");
    text.ifPresent(t -> assertThat(t.length()).isLessThanOrEqualTo(image.length));
  }
}
