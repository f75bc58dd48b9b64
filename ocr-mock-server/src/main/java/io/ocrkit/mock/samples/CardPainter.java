package io.ocrkit.mock.samples;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a sample card with Java2D on a 1012×638 design canvas (the ID-1 card ratio), scaled to the
 * requested pixel size. No randomness and no clock: the same card and size always give the same
 * pixels on the same JDK and fonts. Needs no display (works with {@code java.awt.headless=true}).
 */
final class CardPainter {

  static final int DESIGN_WIDTH = 1012;
  static final int DESIGN_HEIGHT = 638;

  private static final Color STAMP_RED = new Color(200, 30, 30);
  private static final Color INK = new Color(25, 25, 35);
  private static final Color LABEL = new Color(90, 90, 110);

  private CardPainter() {
  }

  static BufferedImage paint(SampleCard card, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.scale(width / (double) DESIGN_WIDTH, height / (double) DESIGN_HEIGHT);
      if (card instanceof CreditCardSample c) {
        creditCard(g, c);
      } else if (card instanceof ResidentCardSample c) {
        residentCard(g, c);
      } else if (card instanceof DriverLicenseSample c) {
        driverLicense(g, c);
      } else {
        passport(g, (PassportSample) card);
      }
      sampleMarks(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void creditCard(Graphics2D g, CreditCardSample c) {
    g.setPaint(new GradientPaint(0, 0, new Color(20, 50, 110), DESIGN_WIDTH, DESIGN_HEIGHT,
        new Color(60, 120, 180)));
    g.fill(new RoundRectangle2D.Double(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT, 60, 60));
    g.setColor(Color.WHITE);
    text(g, "SAMPLE BANK", 70, 130, sans(Font.BOLD, 40));
    g.setColor(new Color(215, 180, 90));
    g.fill(new RoundRectangle2D.Double(80, 190, 130, 100, 18, 18));
    g.setColor(new Color(150, 120, 50));
    g.drawLine(80, 240, 210, 240);
    g.drawLine(145, 190, 145, 290);
    g.setColor(Color.WHITE);
    text(g, String.join("  ", c.groups()), 70, 390, mono(Font.BOLD, 62));
    text(g, "VALID", 560, 440, sans(Font.PLAIN, 16));
    text(g, "THRU", 560, 460, sans(Font.PLAIN, 16));
    text(g, c.validThru(), 620, 462, mono(Font.BOLD, 42));
    text(g, c.holder(), 70, 560, mono(Font.BOLD, 38));
  }

  private static void residentCard(Graphics2D g, ResidentCardSample c) {
    background(g, new Color(236, 242, 250), new Color(210, 225, 245));
    title(g, "주민등록증", "RESIDENT REGISTRATION CARD", 140);
    g.setColor(INK);
    text(g, c.name(), 60, 250, sans(Font.BOLD, 46));
    text(g, c.residentNumber(), 60, 330, mono(Font.BOLD, 46));
    text(g, printedYmd(c.issueDate()), 300, 500, sans(Font.PLAIN, 30));
    text(g, c.issuer(), 220, 560, sans(Font.BOLD, 34));
    photo(g, 730, 150, 220, 280);
  }

  private static void driverLicense(Graphics2D g, DriverLicenseSample c) {
    background(g, new Color(240, 246, 236), new Color(215, 235, 205));
    title(g, "자동차운전면허증", "DRIVER'S LICENSE", 130);
    g.setColor(INK);
    text(g, c.licenseType(), 60, 215, sans(Font.BOLD, 30));
    text(g, c.printedNumber(), 60, 270, mono(Font.BOLD, 40));
    text(g, c.name(), 60, 330, sans(Font.BOLD, 38));
    text(g, c.residentNumber(), 60, 385, mono(Font.PLAIN, 36));
    g.setColor(LABEL);
    text(g, "CONDITIONS", 60, 430, sans(Font.PLAIN, 18));
    g.setColor(INK);
    text(g, c.condition(), 200, 432, sans(Font.PLAIN, 26));
    text(g, printedYmd(c.issueDate()), 300, 505, sans(Font.PLAIN, 28));
    text(g, c.issuer(), 300, 560, sans(Font.BOLD, 32));
    photo(g, 740, 150, 210, 260);
    text(g, c.serialNum(), 790, 450, mono(Font.BOLD, 30));
  }

  private static void passport(Graphics2D g, PassportSample p) {
    background(g, new Color(240, 236, 248), new Color(222, 214, 240));
    g.setColor(INK);
    text(g, "REPUBLIC OF KOREA  PASSPORT", 40, 100, sans(Font.BOLD, 28));
    photo(g, 40, 130, 210, 270);
    field(g, "Type", p.passportType(), 280, 140);
    field(g, "Country code", p.countryCode(), 400, 140);
    field(g, "Passport No.", p.passportNo(), 590, 140);
    field(g, "Surname", p.surName(), 280, 195);
    field(g, "Given names", p.givenName(), 280, 250);
    field(g, "Korean name", p.koreanName(), 600, 250);
    field(g, "Nationality", p.nationality(), 280, 305);
    field(g, "Date of birth", PassportSample.printedDate(p.dateOfBirth()), 280, 360);
    field(g, "Sex", p.sex(), 560, 360);
    field(g, "Personal No.", personal(p.personalNo()), 660, 360);
    field(g, "Date of issue", PassportSample.printedDate(p.dateOfIssue()), 280, 415);
    field(g, "Date of expiry", PassportSample.printedDate(p.dateOfExpiry()), 560, 415);
    g.setColor(Color.WHITE);
    g.fillRect(0, 490, DESIGN_WIDTH, 148);
    g.setColor(Color.BLACK);
    text(g, p.mrz1(), 44, 550, mono(Font.PLAIN, 35));
    text(g, p.mrz2(), 44, 605, mono(Font.PLAIN, 35));
  }

  /**
   * The Korean title with its English subtitle; where no font shows Korean, the English title
   * alone, since a transliterated title would be long and mean nothing to anyone.
   */
  private static void title(Graphics2D g, String korean, String english, float y) {
    Font big = sans(Font.BOLD, 44);
    g.setColor(INK);
    if (big.canDisplayUpTo(korean) == -1) {
      text(g, korean, 60, y, big);
      g.setColor(LABEL);
      text(g, english, 60, y + 32, sans(Font.PLAIN, 20));
    } else {
      text(g, english, 60, y, big);
    }
  }

  private static void field(Graphics2D g, String label, String value, float x, float y) {
    g.setColor(LABEL);
    text(g, label, x, y - 26, sans(Font.PLAIN, 15));
    g.setColor(INK);
    text(g, value, x, y, sans(Font.BOLD, 26));
  }

  /** The 7-character personal number printed as {@code YYMMDD-G}; others as they are. */
  private static String personal(String personalNo) {
    return personalNo.length() == 7 ? personalNo.substring(0, 6) + "-" + personalNo.substring(6) : personalNo;
  }

  private static String printedYmd(String ymd) {
    return ymd.substring(0, 4) + ". " + Integer.parseInt(ymd.substring(4, 6)) + ". "
        + Integer.parseInt(ymd.substring(6)) + ".";
  }

  private static void background(Graphics2D g, Color light, Color line) {
    g.setColor(light);
    g.fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
    // A fine guilloche-like wave pattern, so the card is not a flat field a recogniser could crop.
    g.setColor(line);
    g.setStroke(new BasicStroke(1.5f));
    for (int row = 0; row < DESIGN_HEIGHT; row += 24) {
      Path2D.Double wave = new Path2D.Double();
      wave.moveTo(0, row + 6 * Math.sin(row / 60.0));
      for (int x = 16; x <= DESIGN_WIDTH + 16; x += 16) {
        wave.lineTo(x, row + 6 * Math.sin(x / 40.0 + row / 60.0));
      }
      g.draw(wave);
    }
  }

  private static void photo(Graphics2D g, int x, int y, int w, int h) {
    g.setColor(new Color(200, 200, 205));
    g.fillRect(x, y, w, h);
    g.setColor(new Color(160, 160, 170));
    g.fillOval(x + w / 2 - 50, y + 40, 100, 110);
    g.fillRoundRect(x + w / 2 - 85, y + 160, 170, h - 160, 60, 60);
    g.setColor(LABEL);
    text(g, "NO PHOTO", x + w / 2f - 50, y + h - 14, sans(Font.BOLD, 18));
  }

  /** The red banner across the top, the 견본 stamp, and a faint diagonal SAMPLE across the card. */
  private static void sampleMarks(Graphics2D g) {
    g.setColor(STAMP_RED);
    g.fillRect(0, 0, DESIGN_WIDTH, 56);
    g.setColor(Color.WHITE);
    text(g, "SAMPLE — NOT A REAL CARD", 24, 40, sans(Font.BOLD, 30));
    Hangul.drawGyeonbon(g, 880, 9, 38);

    g.setColor(STAMP_RED);
    g.setStroke(new BasicStroke(5f));
    g.draw(new RoundRectangle2D.Double(824, 74, 156, 88, 20, 20));
    Hangul.drawGyeonbon(g, 846, 86, 60);

    Composite previous = g.getComposite();
    AffineTransform transform = g.getTransform();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.14f));
    g.rotate(-0.3, DESIGN_WIDTH / 2.0, DESIGN_HEIGHT / 2.0);
    text(g, "SAMPLE", 190, 390, sans(Font.BOLD, 170));
    g.setTransform(transform);
    g.setComposite(previous);
  }

  /** Draws {@code s}, transliterated when the font has no glyphs for it (no Korean font installed). */
  private static void text(Graphics2D g, String s, float x, float y, Font font) {
    g.setFont(font);
    g.drawString(font.canDisplayUpTo(s) == -1 ? s : Hangul.romanize(s), x, y);
  }

  private static Font sans(int style, int size) {
    return new Font(Font.SANS_SERIF, style, size);
  }

  private static Font mono(int style, int size) {
    return new Font(Font.MONOSPACED, style, size);
  }
}
