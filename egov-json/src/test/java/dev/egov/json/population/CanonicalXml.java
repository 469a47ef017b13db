package dev.egov.json.population;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The canonical comparison of XML payloads used by the golden tests: two documents are the same when their element
 * trees are, comparing each element by namespace URI and local name (never by prefix), its attributes other than
 * namespace declarations (as a sorted set), and its children in order; text is compared after removing white space at
 * either end, and white space between elements is insignificant. Where namespaces are declared, the XML declaration
 * and comments do not count.
 */
final class CanonicalXml {

  private CanonicalXml() {}

  static String of(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      Document doc = builder.parse(new ByteArrayInputStream(xml));
      StringBuilder out = new StringBuilder();
      write(doc.getDocumentElement(), 0, out);
      return out.toString();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("Not well-formed XML", e);
    }
  }

  private static void write(Element element, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append('{').append(nullToEmpty(element.getNamespaceURI())).append('}')
        .append(element.getLocalName());
    NamedNodeMap attributes = element.getAttributes();
    List<String> attrs = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
        attrs.add('{' + nullToEmpty(a.getNamespaceURI()) + '}' + a.getLocalName() + "=" + a.getValue());
      }
    }
    attrs.sort(null);
    if (!attrs.isEmpty()) {
      out.append(' ').append(attrs);
    }
    StringBuilder text = new StringBuilder();
    List<Element> children = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        children.add((Element) n);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    String t = text.toString().strip();
    if (!t.isEmpty()) {
      out.append(" = ").append(t);
    }
    out.append('\n');
    for (Element child : children) {
      write(child, depth + 1, out);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
