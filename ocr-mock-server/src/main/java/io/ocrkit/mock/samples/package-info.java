/**
 * The sample image kit: synthetic, clearly fake credit cards, Korean resident registration cards,
 * driver's licences and passports, for tests, the CLI demo and the contract suite.
 *
 * <ul>
 *   <li>{@link io.ocrkit.mock.samples.SampleData} makes deterministic cards from a seed, valid or
 *       with one check deliberately broken; {@link io.ocrkit.mock.samples.CheckDigits} holds the
 *       arithmetic (Luhn, resident number mod 11, licence region code, ICAO 9303).</li>
 *   <li>{@link io.ocrkit.mock.samples.SampleImages} draws them (PNG or JPEG, 1012×638 or 506×319),
 *       embeds the {@code ocr-mock} fixture the mock server reads, and writes a kit with a
 *       {@code samples.json} manifest.</li>
 *   <li>{@link io.ocrkit.mock.samples.SampleFixtures} gives each card's expected {@code result}
 *       as ASCII-only JSON.</li>
 * </ul>
 *
 * <p>Depends on the JDK only ({@code java.desktop} for Java2D and ImageIO).
 */
package io.ocrkit.mock.samples;
