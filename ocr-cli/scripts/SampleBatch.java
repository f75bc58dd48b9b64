import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes N credit-card sample images (normal size, PNG, each with its fixture) for a batch run. */
public class SampleBatch {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    int n = Integer.parseInt(args[1]);
    for (int i = 0; i < n; i++) {
      Files.write(dir.resolve(String.format("card-%04d.png", i)), SampleImages.renderWithFixture(
          SampleData.creditCard(1000 + i), SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
    }
  }
}
