package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.crypto.server.ServerEnvelope;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opens a request's digital envelope and what it carries: the key version (4000301), the wrapped
 * symmetric key (4000302), the body within its limit (4131000; 4000004 when empty) and its decryption
 * (4000303). The one place those codes come from.
 */
final class EnvelopeReader {

  /** Multipart framing and part headers around the image; generous, the part itself is capped. */
  private static final long MULTIPART_OVERHEAD = 64 * 1024;
  /** Enough of the ciphertext to tell keys apart: its first block already differs per key. */
  private static final int FINGERPRINTED_BYTES = 4096;
  /** An authenticity body is a handful of short fields. */
  private static final int MAX_JSON_BODY = 64 * 1024;

  private final ServerEnvelopeCrypto crypto;
  private final Gate gate;
  private final CpuGate cpu;
  private final long maxUploadBytes;

  EnvelopeReader(ServerEnvelopeCrypto crypto, Gate gate, CpuGate cpu, long maxUploadBytes) {
    this.crypto = crypto;
    this.gate = gate;
    this.cpu = cpu;
    this.maxUploadBytes = maxUploadBytes;
  }

  ServerEnvelope open(Context ctx, Journal.Entry entry, AppState app, KeyService service) {
    String version = gate.required(ctx, Protocol.KEY_VERSION);
    String wrapped = gate.required(ctx, Protocol.SYMMETRIC_KEY);
    entry.keyVersion(version);
    entry.fingerprints(Sha256.fingerprint(wrapped.getBytes(StandardCharsets.US_ASCII), 0, wrapped.length()), null);
    PrivateKey key = app.keys().privateKey(service, version).orElseThrow(() -> {
      entry.envelope("unknown-key-version");
      return new Reject(ResultCode.INVALID_KEY_VERSION);
    });
    try {
      ServerEnvelope envelope = cpu.call(() -> crypto.unwrap(key, version, wrapped));
      entry.envelope("opened");
      return envelope;
    } catch (OcrProtocolException e) {
      entry.envelope("bad-symmetric-key");
      throw new Reject(ResultCode.INVALID_SYMMETRIC_KEY);
    }
  }

  /**
   * The {@code image} part's ciphertext, read within the limit: the step that waits for the
   * client, kept apart from {@link #image} so that no {@link CpuGate} permit is held while it waits.
   */
  PartBuffer imagePart(Context ctx, Journal.Entry entry) {
    String boundary = Multipart.boundary(ctx.contentType())
        .orElseThrow(() -> new Reject(ResultCode.INVALID_PARAMETER));
    long bodyLimit = maxUploadBytes + MULTIPART_OVERHEAD;
    if (ctx.req().getContentLengthLong() > bodyLimit) {
      // Refused on the declaration alone: with Expect: 100-continue the body is never asked for.
      throw new Reject(ResultCode.MAX_UPLOAD_SIZE_EXCEEDED);
    }
    PartBuffer part;
    InputStream raw;
    try {
      raw = Bodies.open(ctx);
    } catch (IOException e) {
      throw new Reject(ResultCode.INVALID_PARAMETER);
    }
    try (InputStream body = new LimitedInput(raw, bodyLimit)) {
      Multipart.Part read = Multipart.read(body, boundary, Protocol.IMAGE_PART, maxUploadBytes,
              ctx.req().getContentLengthLong())
          .orElseThrow(() -> new Reject(ResultCode.INVALID_PARAMETER));
      entry.imagePartHeaders(read.contentType(), read.fileName());
      part = read.buffer();
      entry.fingerprints(null, part.fingerprint(FINGERPRINTED_BYTES));
      // The rest counts too: parts after the image must not make a chunked body unbounded.
      body.transferTo(OutputStream.nullOutputStream());
    } catch (Multipart.TooLarge | LimitedInput.Exceeded e) {
      Bodies.drain(raw);
      throw new Reject(ResultCode.MAX_UPLOAD_SIZE_EXCEEDED);
    } catch (Multipart.Malformed | IOException e) {
      throw new Reject(ResultCode.INVALID_PARAMETER);
    }
    if (part.length() == 0) {
      throw new Reject(ResultCode.UPLOADED_FILE_IS_EMPTY);
    }
    return part;
  }

  /** The image {@link #imagePart} read, decrypted. */
  static byte[] image(Journal.Entry entry, ServerEnvelope envelope, PartBuffer part) {
    byte[] image = decrypt(envelope, part, entry);
    if (image == null) {
      entry.envelope("undecryptable");
      throw new Reject(ResultCode.INVALID_ENCRYPTED_DATA);
    }
    if (image.length == 0) {
      throw new Reject(ResultCode.UPLOADED_FILE_IS_EMPTY);
    }
    return image;
  }

  /** The authenticity body with its encrypted fields opened; the plain ones as sent. */
  Map<String, String> authenticityFields(Context ctx, Envelope envelope) {
    byte[] body;
    try (InputStream in = Bodies.open(ctx)) {
      body = in.readNBytes(MAX_JSON_BODY + 1);
    } catch (IOException e) {
      throw new Reject(ResultCode.INVALID_PARAMETER);
    }
    if (body.length > MAX_JSON_BODY) {
      throw new Reject(ResultCode.MAX_UPLOAD_SIZE_EXCEEDED);
    }
    Map<String, Object> json;
    try {
      json = Json.readObject(new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new Reject(ResultCode.INVALID_PARAMETER);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : json.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (!(e.getValue() instanceof String text)) {
        throw new Reject(ResultCode.INVALID_PARAMETER);
      }
      if (Protocol.PLAIN_AUTHENTICITY_FIELDS.contains(e.getKey())) {
        fields.put(e.getKey(), text);
      } else {
        try {
          fields.put(e.getKey(), envelope.decryptField(text));
        } catch (OcrProtocolException undecryptable) {
          throw new Reject(ResultCode.INVALID_ENCRYPTED_DATA);
        }
      }
    }
    return fields;
  }

  /** Raw ciphertext by default; Base64 text of it when the SDK's switch sends that instead. */
  private static byte[] decrypt(ServerEnvelope envelope, PartBuffer part, Journal.Entry entry) {
    byte[] raw;
    try {
      raw = part.decryptedBy(envelope);
    } catch (OcrProtocolException e) {
      raw = null;
    }
    entry.imagePart("raw");
    if (raw != null && FileType.sniff(raw, raw.length).isPresent()) {
      return raw;
    }
    if (looksBase64(part)) {
      try {
        byte[] text = Base64.getMimeDecoder().decode(part.toArray());
        byte[] fromText = envelope.decrypt(text, 0, text.length);
        entry.imagePart("base64");
        return fromText;
      } catch (IllegalArgumentException | OcrProtocolException neitherAsText) {
        // fall through to the raw outcome
      }
    }
    return raw;
  }

  private static boolean looksBase64(PartBuffer part) {
    for (int i = 0; i < part.length(); i++) {
      byte b = part.at(i);
      boolean ok = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
          || b == '+' || b == '/' || b == '=' || b == '\r' || b == '\n';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
