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

  static Download download(int maxBytes) {
    return new Download(maxBytes);
  }

  /** The handler of one exchange, which the sender can cancel when its deadline passes. */
  static final class Download implements HttpResponse.BodyHandler<String> {
    private final int max;
    private volatile Subscriber subscriber;
    private volatile boolean cancelled;

    private Download(int max) {
      this.max = max;
    }

    @Override
    public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
      Subscriber s = new Subscriber(max);
      subscriber = s;
      if (cancelled) {
        s.cancel();
      }
      return s;
    }

    /** Stops the download: the subscription is cancelled and the body fails. */
    void cancel() {
      cancelled = true;
      Subscriber s = subscriber;
      if (s != null) {
        s.cancel();
      }
    }
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<String> {
    private final int max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Subscriber(int max) {
      this.max = max;
    }

    synchronized void cancel() {
      if (subscription != null) {
        subscription.cancel();
      }
      body.completeExceptionally(new IOException("the answer was abandoned at the deadline"));
    }

    @Override
    public CompletionStage<String> getBody() {
      return body;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (body.isDone()) {
        s.cancel();
        return;
      }
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
