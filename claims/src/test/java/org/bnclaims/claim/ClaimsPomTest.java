package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * This module's build gates on regressions by default, and the command line can still change that:
 * {@code failOn} and {@code baseline} are properties of the pom, which {@code -Dbn.failOn=...}
 * overrides, never configuration of the plugin, which would win over the command line and make
 * {@code -Dbn.failOn=never} (or a bogus value) pass unnoticed.
 */
class ClaimsPomTest {

  @Test
  void failOnAndBaselineArePropertiesTheCommandLineOverrides() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    Document pom = f.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    Element project = pom.getDocumentElement();
    Element properties = child(project, "properties");
    assertEquals("regression", text(child(properties, "bn.failOn")));
    assertEquals("${basedir}/bn-baseline.json", text(child(properties, "bn.baseline")));
    Element plugin = null;
    for (Element p : children(child(child(project, "build"), "plugins"), "plugin")) {
      if ("bn-maven-plugin".equals(text(child(p, "artifactId")))) {
        plugin = p;
      }
    }
    assertTrue(plugin != null, "claims/pom.xml runs bn-maven-plugin");
    NodeList configured = plugin.getElementsByTagName("configuration");
    for (int i = 0; i < configured.getLength(); i++) {
      Element c = (Element) configured.item(i);
      assertTrue(children(c, "failOn").isEmpty(), "failOn is hard-coded in the plugin's config");
      assertTrue(
          children(c, "baseline").isEmpty(), "baseline is hard-coded in the plugin's config");
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
    return found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element e) {
    return e.getTextContent().trim();
  }
}
