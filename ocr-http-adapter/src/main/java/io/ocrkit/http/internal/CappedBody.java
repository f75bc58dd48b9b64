package io.ocrkit.http.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer body read as UTF-8 text up to a cap. One byte more cancels the download and fails
 * with {@link TooLarge}, so a hostile or broken server cannot make the SDK buffer without bound.
 * The service's answers are a few kilobytes; the default cap is 1 MiB.
 */
final class CappedBody {

  static final int DEFAULT_MAX_BYTES = 1024 * 1024;

  /** The answer passed the cap. */
  static final class TooLarge extends IOException {
    TooLarge(int max) {
      super("the answer is over " + max + " bytes");
    }
  }

  private CappedBody() {}

  static HttpResponse.BodyHandler<String> handler(int maxBytes) {
    return info -> new Subscriber(maxBytes);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<String> {
    private final int max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Subscriber(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<String> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer b : buffers) {
        if (bytes.size() + (long) b.remaining() > max) {
          subscription.cancel();
          body.completeExceptionally(new TooLarge(max));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toString(StandardCharsets.UTF_8));
    }
  }
}
