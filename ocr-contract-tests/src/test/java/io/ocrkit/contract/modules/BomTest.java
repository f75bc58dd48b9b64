package io.ocrkit.contract.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM is detached from the build parent, so nothing but this test keeps it in step: its version
 * is the project's, and it manages exactly the modules that are published.
 */
class BomTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

  @Test
  void the_bom_has_the_project_version_and_every_published_module() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("ocr-bom/pom.xml"));

    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
    List<String> published = new ArrayList<>();
    for (String module : texts(parent.getElementsByTagName("module"))) {
      if (!module.equals("ocr-bom") && !Files.readString(ROOT.resolve(module).resolve("pom.xml"))
          .contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(module);
      }
    }
    assertThat(published).as("published modules").contains("ocr-core", "ocr-http-adapter", "ocr-mock-server");
    assertThat(texts(bom.getElementsByTagName("artifactId")).stream().filter(a -> !a.equals("ocr-bom")
        && !a.startsWith("maven-")).toList()).containsExactlyInAnyOrderElementsOf(published);
  }

  private static Document read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static String child(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + name + ">");
  }

  private static List<String> texts(NodeList nodes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().trim());
    }
    return out;
  }
}
