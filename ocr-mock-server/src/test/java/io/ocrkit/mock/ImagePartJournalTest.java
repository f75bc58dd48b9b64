package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The journal records the image part's declared type and file name, and flags a type not image/*. */
class ImagePartJournalTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private final HandClient client = new HandClient(mock.server());

  private byte[] sealed;

  private HandClient.Answer upload(String partType, String fileName) {
    return upload(partType, fileName, HandClient.png(40, 30, 77));
  }

  private HandClient.Answer upload(String partType, String fileName, byte[] image) {
    HandClient.Key key = client.key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    sealed = HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, image);
    String boundary = "----journal";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(sealed);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest request = client.authorized(client.appPath("credit-card"))
        .header("X-Key-Version", key.version()).header("Symmetric-Key", HandClient.wrap(key.key(), symmetric))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return new HandClient.Answer(client.send(request), symmetric);
  }

  private JournalEntry last() {
    return mock.requests().get(mock.requests().size() - 1);
  }

  @Test
  void an_image_type_is_recorded_and_not_flagged() {
    assertThat(upload("image/png", "card.png").resultCode()).isZero();
    assertThat(last().imagePartType()).isEqualTo("image/png");
    assertThat(last().imagePartFileName()).isEqualTo("card.png");
    assertThat(last().imagePartTypeUnexpected()).isFalse();
  }

  @Test
  void a_type_that_is_not_an_image_is_flagged_but_not_refused() {
    assertThat(upload("application/octet-stream", "card.bin").resultCode()).isZero();
    assertThat(last().imagePartType()).isEqualTo("application/octet-stream");
    assertThat(last().imagePartFileName()).isEqualTo("card.bin");
    assertThat(last().imagePartTypeUnexpected()).isTrue();
  }

  @Test
  void the_payload_fingerprint_is_of_the_first_4_kib_of_the_image_parts_ciphertext() throws Exception {
    assertThat(upload("image/png", "card.png",
        HandClient.pngWithText(HandClient.png(40, 30, 5), "Comment", "x".repeat(6000))).resultCode()).isZero();
    assertThat(sealed.length).isGreaterThan(4096);

    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(sealed, 0, 4096);
    assertThat(last().payloadFingerprint()).isEqualTo(java.util.HexFormat.of().formatHex(sha.digest(), 0, 8));
  }

  @Test
  void the_admin_journal_shows_them_too() {
    upload("text/plain", "notes.txt");
    String journal = client.send(client.request("/mock/v1/requests").GET().build()).body();
    assertThat(journal).contains("\"imagePartType\":\"text/plain\"").contains("\"imagePartFileName\":\"notes.txt\"")
        .contains("\"imagePartTypeUnexpected\":true");
  }
}
