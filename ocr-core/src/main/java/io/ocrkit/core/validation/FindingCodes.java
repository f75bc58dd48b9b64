package io.ocrkit.core.validation;

/**
 * The codes {@link StandardValidator} gives its findings. Codes are stable: callers may switch on
 * them. The severity each usually carries is noted; {@link #RRN_CHECK_DIGIT} is the one whose
 * severity depends on the document.
 */
public final class FindingCodes {

  /** WARNING, {@code totalCardNum}: the service read no card number. */
  public static final String CARD_NUMBER_MISSING = "CARD_NUMBER_MISSING";
  /** ERROR, {@code totalCardNum}: not 12 to 19 digits (spaces and dashes allowed). */
  public static final String CARD_NUMBER_FORMAT = "CARD_NUMBER_FORMAT";
  /** ERROR, {@code totalCardNum}: the Luhn check fails. */
  public static final String CARD_LUHN_MISMATCH = "CARD_LUHN_MISMATCH";
  /** NOTICE, {@code totalCardNum}: the prefix belongs to no network this SDK knows. */
  public static final String CARD_NETWORK_UNKNOWN = "CARD_NETWORK_UNKNOWN";
  /** ERROR, {@code totalCardNum}: the network of the prefix issues no number of this length. */
  public static final String CARD_LENGTH_MISMATCH = "CARD_LENGTH_MISMATCH";
  /** ERROR, {@code cardNums[i]} (or {@code cardNums}): the groups disagree with the whole number. */
  public static final String CARD_GROUPS_MISMATCH = "CARD_GROUPS_MISMATCH";
  /** ERROR, {@code validThru}: not {@code MM/YY}. */
  public static final String CARD_EXPIRY_FORMAT = "CARD_EXPIRY_FORMAT";
  /** ERROR, {@code validThru}: the month is not 01 to 12. */
  public static final String CARD_EXPIRY_MONTH = "CARD_EXPIRY_MONTH";
  /** WARNING, {@code validThru}: the card expired before the current month. */
  public static final String CARD_EXPIRED = "CARD_EXPIRED";

  /** ERROR, {@code residentNumber}: not 13 digits (7 or 13 on a driver's licence). */
  public static final String RRN_FORMAT = "RRN_FORMAT";
  /** ERROR, {@code residentNumber}: the first six digits are no real day in the named century. */
  public static final String RRN_BIRTH_DATE_INVALID = "RRN_BIRTH_DATE_INVALID";
  /** ERROR, {@code residentNumber}: the birth date is after today. */
  public static final String RRN_BIRTH_DATE_IN_FUTURE = "RRN_BIRTH_DATE_IN_FUTURE";
  /**
   * {@code residentNumber}: the last digit is not the check digit. ERROR when the card was issued
   * before October 2020 (so the number carries one); NOTICE otherwise (newer numbers carry none).
   */
  public static final String RRN_CHECK_DIGIT = "RRN_CHECK_DIGIT";

  /** ERROR, {@code driverLicenseNumber}: not 12 digits (dashes and spaces allowed). */
  public static final String DL_NUMBER_FORMAT = "DL_NUMBER_FORMAT";
  /** ERROR, {@code driverLicenseNumber}: the first two digits are no region code. */
  public static final String DL_REGION_UNKNOWN = "DL_REGION_UNKNOWN";

  /** WARNING, a date field: the text has no date's shape. */
  public static final String DATE_UNREADABLE = "DATE_UNREADABLE";
  /** ERROR, a date field: the text names no real day. */
  public static final String DATE_INVALID = "DATE_INVALID";
  /** ERROR, an issue or birth date field: the day is after today. */
  public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";

  /** NOTICE, {@code MRZ1} or {@code MRZ2}: the service read no machine-readable zone line. */
  public static final String MRZ_MISSING = "MRZ_MISSING";
  /** ERROR, {@code MRZ1} or {@code MRZ2}: not a TD3 passport line of 44 characters. */
  public static final String MRZ_FORMAT = "MRZ_FORMAT";
  /** ERROR, {@code MRZ2}: the passport number's check digit fails. */
  public static final String MRZ_DOCUMENT_NUMBER_CHECK = "MRZ_DOCUMENT_NUMBER_CHECK";
  /** ERROR, {@code MRZ2}: the birth date's check digit fails. */
  public static final String MRZ_BIRTH_DATE_CHECK = "MRZ_BIRTH_DATE_CHECK";
  /** ERROR, {@code MRZ2}: the expiry date's check digit fails. */
  public static final String MRZ_EXPIRY_DATE_CHECK = "MRZ_EXPIRY_DATE_CHECK";
  /** ERROR, {@code MRZ2}: the personal number's check digit fails. */
  public static final String MRZ_PERSONAL_NUMBER_CHECK = "MRZ_PERSONAL_NUMBER_CHECK";
  /** ERROR, {@code MRZ2}: the composite check digit fails. */
  public static final String MRZ_COMPOSITE_CHECK = "MRZ_COMPOSITE_CHECK";
  /** ERROR, {@code MRZ2}: the birth or expiry date in the zone is no real day. */
  public static final String MRZ_DATE_INVALID = "MRZ_DATE_INVALID";
  /**
   * ERROR, the visual field ({@code passportNo}, {@code dateOfBirthYMD}, {@code dateOfExpiryYMD},
   * {@code sex}, {@code surName}, {@code givenName}): it disagrees with the machine-readable zone.
   */
  public static final String PASSPORT_MRZ_MISMATCH = "PASSPORT_MRZ_MISMATCH";
  /** WARNING, {@code dateOfExpiryYMD} (or {@code MRZ2}): the passport expired before today. */
  public static final String PASSPORT_EXPIRED = "PASSPORT_EXPIRED";

  /** WARNING, any field: the service's confidence is below the validator's threshold. */
  public static final String LOW_CONFIDENCE = "LOW_CONFIDENCE";
  /** NOTICE, {@code result}: a check could not run; the other findings still stand. */
  public static final String CHECK_FAILED = "CHECK_FAILED";

  private FindingCodes() {}
}
