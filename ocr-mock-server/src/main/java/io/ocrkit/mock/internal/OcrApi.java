package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;
import io.ocrkit.mock.Fault;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * The emulated service: every answer is HTTP 200 with the protocol's {@code header}, and each
 * result code comes from the input that causes it. Checks run in the service's order: path,
 * injected fault, credentials, rate, headers, key version, symmetric key, body, decryption, content.
 */
public final class OcrApi {

  /** Stops handling with a result code; carries no detail that could leak a value. */
  static final class Reject extends RuntimeException {
    final int code;

    Reject(ResultCode code) {
      this(code.code());
    }

    Reject(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }

  /** Multipart framing and part headers around the image; generous, the part itself is capped. */
  private static final long MULTIPART_OVERHEAD = 64 * 1024;
  /** An authenticity body is a handful of short fields. */
  private static final int MAX_JSON_BODY = 64 * 1024;
  /** How much of an oversized body is read and dropped so the client can read the answer. */
  private static final long MAX_DRAIN = 256L * 1024 * 1024;

  private final MockState state;
  private final ServerEnvelopeCrypto crypto;
  private final Recogniser recogniser;

  public OcrApi(MockState state, ServerEnvelopeCrypto crypto) {
    this.state = state;
    this.crypto = crypto;
    this.recogniser = new Recogniser(state);
  }

  // --- public keys ---

  public void publicKey(Context ctx) {
    Journal.Entry entry = begin(ctx);
    try {
      version(ctx);
      KeyService service = keyService(ctx.pathParam("serviceName"));
      if (fault(ctx, entry, "public-keys")) {
        return;
      }
      MockState.App app = authenticate(ctx, entry);
      Map.Entry<String, KeyPair> key = app.currentKey(service);
      entry.keyVersion(key.getKey());
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("key", Base64.getEncoder().encodeToString(key.getValue().getPublic().getEncoded()));
      result.put("version", key.getKey());
      answer(ctx, entry, 0, result);
    } catch (Reject r) {
      answer(ctx, entry, r.code, null);
    } catch (RuntimeException e) {
      answer(ctx, entry, ResultCode.INTERNAL_API_FAIL.code(), null);
    }
  }

  // --- scans ---

  public void scan(Context ctx, Operation operation) {
    Journal.Entry entry = begin(ctx);
    try {
      version(ctx);
      if (fault(ctx, entry, operation.pathSegment())) {
        return;
      }
      MockState.App app = authenticate(ctx, entry);
      try (Envelope envelope = openEnvelope(ctx, entry, app, operation.keyService())) {
        byte[] image = readImage(ctx, entry, envelope);
        Images.Info info = Images.inspect(image).orElse(null);
        entry.image(info == null ? "unknown" : info.type().wireName(), image.length);
        if (info == null) {
          throw new Reject(ResultCode.INVALID_FILE_TYPE);
        }
        MockState.Recognition recognition = recogniser.recognise(operation.keyService(), image, info);
        if (recognition.resultCode() != null && recognition.resultCode() != 0) {
          throw new Reject(recognition.resultCode());
        }
        Map<String, Object> result = Recogniser.sealResult(operation.keyService(), recognition.result(), envelope);
        result.put("fileType", info.type().wireName());
        result.put("resolution", Resolution.of(info.width(), info.height()).wireName());
        if (operation == Operation.ID_CARD) {
          String requestKey = app.issueRequestKey(String.valueOf(recognition.result().get("idType")),
              Recogniser.recognisedValues(recognition.result()), recognition.authentic());
          ctx.header(Protocol.REQUEST_KEY, requestKey);
        }
        answer(ctx, entry, 0, Recogniser.ordered(result));
      }
    } catch (Reject r) {
      answer(ctx, entry, r.code, null);
    } catch (RuntimeException e) {
      answer(ctx, entry, ResultCode.INTERNAL_API_FAIL.code(), null);
    }
  }

  // --- authenticity ---

  private static final Map<String, List<String>> REQUIRED = Map.of(
      "resident", List.of("name", "residentNumber", "issueDate"),
      "driver", List.of("name", "residentNumber", "driverLicenseNumber"),
      "passport", List.of("name", "passportNumber", "issueDate", "birthDate", "expirationDate"));

  public void authenticity(Context ctx) {
    Journal.Entry entry = begin(ctx);
    try {
      version(ctx);
      if (fault(ctx, entry, Operation.ID_CARD_AUTHENTICITY.pathSegment())) {
        return;
      }
      MockState.App app = authenticate(ctx, entry);
      String requestKey = required(ctx, Protocol.REQUEST_KEY);
      try (Envelope envelope = openEnvelope(ctx, entry, app, KeyService.ID_CARD)) {
        MockState.Scan scan = app.liveScan(requestKey)
            .orElseThrow(() -> new Reject(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID));
        ctx.header(Protocol.REQUEST_KEY, requestKey);
        Map<String, String> fields = authenticityFields(ctx, envelope);
        String idType = fields.get("idType");
        List<String> required = REQUIRED.get(idType);
        if (required == null || required.stream().anyMatch(f -> fields.get(f) == null || fields.get(f).isBlank())) {
          throw new Reject(ResultCode.INVALID_PARAMETER);
        }
        boolean authentic = judge(app, scan, fields);
        app.spend(scan);
        answer(ctx, entry, 0, Map.of("isAuthenticity", authentic));
      }
    } catch (Reject r) {
      answer(ctx, entry, r.code, null);
    } catch (RuntimeException e) {
      answer(ctx, entry, ResultCode.INTERNAL_API_FAIL.code(), null);
    }
  }

  private boolean judge(MockState.App app, MockState.Scan scan, Map<String, String> fields) {
    String idType = fields.get("idType");
    if (!idType.equals(scan.idType())) {
      return false;
    }
    String name = fields.get("name");
    // A passport reads its holder's name as koreanName and as surName + givenName; either matches.
    boolean same = "passport".equals(idType)
        ? sameText(name, scan.value("koreanName").orElse(null))
            || sameText(name, scan.value("surName").orElse("") + scan.value("givenName").orElse(""))
        : sameText(name, scan.value("name").orElse(null));
    switch (idType) {
      case "resident" -> {
        String card = digits(scan.value("residentNumber").orElse(""));
        if (app.locked(card)) {
          throw new Reject(ResultCode.REGISTRATION_CARD_AUTHENTICATION_LOCKED);
        }
        same &= digits(fields.get("residentNumber")).equals(card);
        boolean rightDate = digits(fields.get("issueDate")).equals(digits(scan.value("issueDate").orElse("")));
        if (!rightDate && app.wrongIssueDate(card) == MockState.IssueDateCheck.LOCKED) {
          throw new Reject(ResultCode.REGISTRATION_CARD_AUTHENTICATION_LOCKED);
        }
        same &= rightDate;
      }
      case "driver" -> {
        String resident = digits(scan.value("residentNumber").orElse(""));
        same &= resident.length() >= 7 && digits(fields.get("residentNumber")).equals(resident.substring(0, 7));
        same &= digits(fields.get("driverLicenseNumber")).equals(digits(scan.value("driverLicenseNumber").orElse("")));
        String serial = fields.get("serialNum");
        if (serial != null && !serial.isBlank()) {
          same &= sameText(serial, scan.value("serialNum").orElse(null));
        }
      }
      default -> {
        same &= sameText(fields.get("passportNumber"), scan.value("passportNo").orElse(null));
        same &= digits(fields.get("birthDate")).equals(digits(scan.value("dateOfBirthYMD").orElse("")));
        same &= digits(fields.get("issueDate")).equals(digits(scan.value("dateOfIssueYMD").orElse("")));
        same &= digits(fields.get("expirationDate")).equals(digits(scan.value("dateOfExpiryYMD").orElse("")));
      }
    }
    return same && scan.authentic();
  }

  /** The authenticity body with its encrypted fields opened. */
  private Map<String, String> authenticityFields(Context ctx, Envelope envelope) {
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
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

  // --- shared steps ---

  private Journal.Entry begin(Context ctx) {
    return state.journal().begin(state.clock().instant().toString(), ctx.method().name(), ctx.path());
  }

  private static void version(Context ctx) {
    String v = ctx.pathParam("version");
    if (!Protocol.V2_0.equals(v) && !Protocol.V2_1.equals(v)) {
      throw new Reject(ResultCode.URL_NOT_FOUND);
    }
  }

  private static KeyService keyService(String name) {
    for (KeyService s : KeyService.values()) {
      if (s.wireName().equals(name)) {
        return s;
      }
    }
    throw new Reject(ResultCode.URL_NOT_FOUND);
  }

  /** v2.0: the secret key as is; v2.1: a bearer token from the token endpoint. */
  private MockState.App authenticate(Context ctx, Journal.Entry entry) {
    String appKey = ctx.pathParam("appKey");
    if (Protocol.V2_1.equals(ctx.pathParam("version"))) {
      String bearer = required(ctx, Protocol.BEARER_AUTHORIZATION);
      if (!state.knownAppKey(appKey)) {
        throw new Reject(ResultCode.INVALID_APPKEY_SECRETKEY);
      }
      String token = bearer.regionMatches(true, 0, "Bearer ", 0, 7) ? bearer.substring(7).strip() : "";
      if (!state.validToken(token)) {
        throw new Reject(ResultCode.INVALID_TOKEN);
      }
    } else {
      String secret = required(ctx, Protocol.AUTHORIZATION);
      if (!state.validSecret(appKey, secret)) {
        throw new Reject(ResultCode.INVALID_APPKEY_SECRETKEY);
      }
    }
    MockState.App app = state.app(appKey);
    if (!app.admitCall()) {
      ctx.header(Protocol.RETRY_AFTER, "1");
      throw new Reject(ResultCode.API_CALL_LIMIT_EXCEEDED);
    }
    return app;
  }

  private static String required(Context ctx, String header) {
    String value = ctx.header(header);
    if (value == null || value.isBlank()) {
      throw new Reject(ResultCode.MISSING_REQUIRED_HEADER);
    }
    return value.strip();
  }

  private Envelope openEnvelope(Context ctx, Journal.Entry entry, MockState.App app, KeyService service) {
    String version = required(ctx, Protocol.KEY_VERSION);
    String wrapped = required(ctx, Protocol.SYMMETRIC_KEY);
    entry.keyVersion(version);
    PrivateKey key = app.privateKey(service, version).orElseThrow(() -> {
      entry.envelope("unknown-key-version");
      return new Reject(ResultCode.INVALID_KEY_VERSION);
    });
    try {
      Envelope envelope = crypto.unwrap(key, version, wrapped);
      entry.envelope("opened");
      return envelope;
    } catch (OcrProtocolException e) {
      entry.envelope("bad-symmetric-key");
      throw new Reject(ResultCode.INVALID_SYMMETRIC_KEY);
    }
  }

  /** Reads the {@code image} part within the limit and decrypts it. */
  private byte[] readImage(Context ctx, Journal.Entry entry, Envelope envelope) {
    long limit = state.config().maxUploadBytes();
    String boundary = Multipart.boundary(ctx.contentType())
        .orElseThrow(() -> new Reject(ResultCode.INVALID_PARAMETER));
    long declared = ctx.req().getContentLengthLong();
    byte[] part;
    try (InputStream body = ctx.req().getInputStream()) {
      if (declared > limit + MULTIPART_OVERHEAD) {
        drain(body);
        throw new Reject(ResultCode.MAX_UPLOAD_SIZE_EXCEEDED);
      }
      try {
        part = Multipart.readPart(body, boundary, Protocol.IMAGE_PART, limit)
            .orElseThrow(() -> new Reject(ResultCode.INVALID_PARAMETER));
      } catch (Multipart.TooLarge e) {
        drain(body);
        throw new Reject(ResultCode.MAX_UPLOAD_SIZE_EXCEEDED);
      } catch (Multipart.Malformed e) {
        throw new Reject(ResultCode.INVALID_PARAMETER);
      }
    } catch (IOException e) {
      throw new Reject(ResultCode.INVALID_PARAMETER);
    }
    if (part.length == 0) {
      throw new Reject(ResultCode.UPLOADED_FILE_IS_EMPTY);
    }
    byte[] image = decrypt(envelope, part);
    if (image == null) {
      entry.envelope("undecryptable");
      throw new Reject(ResultCode.INVALID_ENCRYPTED_DATA);
    }
    if (image.length == 0) {
      throw new Reject(ResultCode.UPLOADED_FILE_IS_EMPTY);
    }
    return image;
  }

  /** Raw ciphertext by default; Base64 text of it when the SDK's switch sends that instead. */
  private static byte[] decrypt(Envelope envelope, byte[] part) {
    byte[] raw = decryptRaw(envelope, part);
    if (raw != null && FileType.sniff(raw, raw.length).isPresent()) {
      return raw;
    }
    if (looksBase64(part)) {
      try {
        byte[] decoded = Base64.getMimeDecoder().decode(part);
        byte[] fromText = decryptRaw(envelope, decoded);
        if (fromText != null) {
          return fromText;
        }
      } catch (IllegalArgumentException notBase64) {
        // fall through to the raw outcome
      }
    }
    return raw;
  }

  private static byte[] decryptRaw(Envelope envelope, byte[] cipherText) {
    if (cipherText.length == 0 || cipherText.length % 16 != 0) {
      return null;
    }
    try (InputStream in = envelope.decrypting(new ByteArrayInputStream(cipherText))) {
      return in.readAllBytes();
    } catch (OcrProtocolException | IOException e) {
      return null;
    }
  }

  private static boolean looksBase64(byte[] part) {
    for (byte b : part) {
      boolean ok = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
          || b == '+' || b == '/' || b == '=' || b == '\r' || b == '\n';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads and drops what is left of the request body before an answer that did not need it (a
   * refusal, an injected fault). Left unread, Jetty closes the connection under the client's
   * upload, and the client sees a reset instead of the answer: a transport fault the real service
   * never causes for a refusal.
   */
  private static void drainRequest(Context ctx) {
    try {
      drain(ctx.req().getInputStream());
    } catch (IOException | IllegalStateException e) {
      // no body to read, or the client is gone: nothing to protect
    }
  }

  private static void drain(InputStream body) {
    byte[] sink = new byte[64 * 1024];
    long total = 0;
    try {
      int n;
      while (total < MAX_DRAIN && (n = body.read(sink)) > 0) {
        total += n;
      }
    } catch (IOException e) {
      // the client gave up: nothing left to answer
    }
  }

  /** Applies an injected fault; true when it has answered (or dropped) the request itself. */
  private boolean fault(Context ctx, Journal.Entry entry, String endpoint) {
    Optional<Fault> taken = state.takeFault(endpoint);
    if (taken.isEmpty()) {
      return false;
    }
    Fault fault = taken.get();
    if (fault.resultCode() != null) {
      answer(ctx, entry, fault.resultCode(), null);
      return true;
    }
    switch (fault.kind()) {
      case DELAY -> {
        try {
          Thread.sleep(fault.delayMs());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return false;
      }
      case CONNECTION_RESET -> {
        entry.envelope("fault:" + fault.kind());
        reset(ctx);
        return true;
      }
      case EMPTY_RESPONSE -> {
        entry.envelope("fault:" + fault.kind());
        drainRequest(ctx);
        ctx.status(200).contentType("application/json").result(new byte[0]);
        return true;
      }
      case MALFORMED_JSON -> {
        entry.envelope("fault:" + fault.kind());
        drainRequest(ctx);
        ctx.status(200).contentType("application/json")
            .result("{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMess");
        return true;
      }
      default -> {
        entry.envelope("fault:" + fault.kind());
        drainRequest(ctx);
        ctx.status(502).contentType("text/html")
            .result("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
        return true;
      }
    }
  }

  /** Drops the TCP connection with a reset (SO_LINGER 0), without a byte of answer. */
  private static void reset(Context ctx) {
    EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
        .getConnectionMetaData().getConnection().getEndPoint();
    if (endPoint.getTransport() instanceof NetworkChannel channel) {
      try {
        SocketOption<Integer> linger = StandardSocketOptions.SO_LINGER;
        channel.setOption(linger, 0);
      } catch (IOException | UnsupportedOperationException e) {
        // closing still drops the connection, as a FIN instead of a reset
      }
    }
    endPoint.close();
  }

  /** The protocol's envelope of every answer: HTTP 200, {@code header}, and {@code result} if any. */
  void answer(Context ctx, Journal.Entry entry, int code, Object result) {
    drainRequest(ctx);
    entry.resultCode(code);
    ctx.status(200).contentType("application/json; charset=UTF-8").result(Json.write(body(code, result)));
  }

  public static Map<String, Object> body(int code, Object result) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("isSuccessful", code == 0);
    header.put("resultCode", code);
    header.put("resultMessage", ResultCode.of(code).map(ResultCode::key).orElse("UNKNOWN_ERROR"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("header", header);
    if (result != null) {
      body.put("result", result);
    }
    return body;
  }

  private static boolean sameText(String a, String b) {
    return a != null && b != null && a.strip().replace(" ", "").equalsIgnoreCase(b.strip().replace(" ", ""));
  }

  private static String digits(String s) {
    return s == null ? "" : s.replaceAll("[^0-9]", "");
  }
}
