package io.ocrkit.core.validation;

import java.util.Optional;
import java.util.Set;

/**
 * Card networks told apart by the number's prefix (IIN), each with the lengths it issues.
 *
 * <p>Sources: ISO/IEC 7812-1 (issuer identification numbers); the networks' published ranges as
 * collected in the Korean summary at https://itmemo.tistory.com/114 (American Express 34, 37;
 * Visa 4; Mastercard 51–55; UnionPay 622126–622925, 624–626, 6282–6288; Diners Club 300–305,
 * 3095, 36, 38–39; Discover 6011, 644–649, 65; JCB 3528–3589); Mastercard's 2-series
 * 2221–2720, in use since 2017. UnionPay is matched on the whole 62 range it holds; its
 * 622126–622925 block is co-branded with Discover and reported as UnionPay.
 *
 * <p>Korean domestic-only cards, BC Card's included, start with 9 and have 16 digits (sources:
 * https://www.viva100.com/main/view.php?key=20160617010004958 and
 * https://m.ajunews.com/amp/20190228081713239). BC Card also issues in the Visa, Mastercard and
 * UnionPay ranges; its own BIN list is not public, so a 9-prefixed number is reported as
 * {@link #KOREAN_DOMESTIC} and not claimed to be BC's.
 *
 * <p>Order matters: the first network whose prefix matches wins, so narrower ranges come first.
 */
public enum CardNetwork {
  /** American Express: 34 and 37, 15 digits. */
  AMERICAN_EXPRESS("American Express", Set.of(15)) {
    @Override
    boolean matches(String d) {
      return d.startsWith("34") || d.startsWith("37");
    }
  },
  /** Diners Club: 300–305, 3095, 36, 38–39; 14 to 19 digits. */
  DINERS_CLUB("Diners Club", Set.of(14, 15, 16, 17, 18, 19)) {
    @Override
    boolean matches(String d) {
      return inRange(d, 3, 300, 305) || d.startsWith("3095") || d.startsWith("36")
          || d.startsWith("38") || d.startsWith("39");
    }
  },
  /** JCB: 3528–3589; 16 to 19 digits. */
  JCB("JCB", Set.of(16, 17, 18, 19)) {
    @Override
    boolean matches(String d) {
      return inRange(d, 4, 3528, 3589);
    }
  },
  /** Visa: 4; 13, 16 or 19 digits. */
  VISA("Visa", Set.of(13, 16, 19)) {
    @Override
    boolean matches(String d) {
      return d.startsWith("4");
    }
  },
  /** Mastercard: 51–55 and 2221–2720; 16 digits. */
  MASTERCARD("Mastercard", Set.of(16)) {
    @Override
    boolean matches(String d) {
      return inRange(d, 2, 51, 55) || inRange(d, 4, 2221, 2720);
    }
  },
  /** Discover: 6011, 644–649, 65; 16 to 19 digits. */
  DISCOVER("Discover", Set.of(16, 17, 18, 19)) {
    @Override
    boolean matches(String d) {
      return d.startsWith("6011") || inRange(d, 3, 644, 649) || d.startsWith("65");
    }
  },
  /** UnionPay: the whole 62 range; 16 to 19 digits. */
  UNIONPAY("UnionPay", Set.of(16, 17, 18, 19)) {
    @Override
    boolean matches(String d) {
      return d.startsWith("62");
    }
  },
  /** Korean domestic-only cards: 9; 16 digits. */
  KOREAN_DOMESTIC("Korean domestic card (BC and other local issuers)", Set.of(16)) {
    @Override
    boolean matches(String d) {
      return d.startsWith("9");
    }
  };

  private final String displayName;
  private final Set<Integer> lengths;

  CardNetwork(String displayName, Set<Integer> lengths) {
    this.displayName = displayName;
    this.lengths = lengths;
  }

  abstract boolean matches(String digits);

  /**
   * The network a card number belongs to, judged by its prefix; empty when no known one.
   *
   * @param digits the card number, digits only
   * @return the first network whose prefix matches, or empty
   */
  public static Optional<CardNetwork> of(String digits) {
    for (CardNetwork network : values()) {
      if (network.matches(digits)) {
        return Optional.of(network);
      }
    }
    return Optional.empty();
  }

  /**
   * A name a person recognises, e.g. {@code American Express}.
   *
   * @return the name, in English
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The numbers of digits this network issues.
   *
   * @return an immutable set
   */
  public Set<Integer> lengths() {
    return lengths;
  }

  /**
   * Whether a number of {@code length} digits can belong to this network.
   *
   * @param length the number of digits
   * @return whether the network issues numbers that long
   */
  public boolean acceptsLength(int length) {
    return lengths.contains(length);
  }

  private static boolean inRange(String digits, int prefixLength, int low, int high) {
    if (digits.length() < prefixLength) {
      return false;
    }
    int prefix = Integer.parseInt(digits.substring(0, prefixLength));
    return prefix >= low && prefix <= high;
  }
}
