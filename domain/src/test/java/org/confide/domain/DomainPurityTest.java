package org.confide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confide.domain.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Fast feedback for the rule the ArchUnit suite in {@code bootstrap} also holds: the domain's
 * compiled classes refer to nothing outside the JDK and the domain itself. It reads the constant
 * pool of every class file, so it needs no library.
 */
class DomainPurityTest {

  private static final Pattern TYPE_NAME = Pattern.compile("L([\\w/$]+);");

  @Test
  void domain_classes_refer_only_to_the_jdk_and_the_domain() throws Exception {
    var root = classesRoot();
    var offences = new TreeSet<String>();
    List<Path> classFiles;
    try (var files = Files.walk(root)) {
      classFiles = files.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (var classFile : classFiles) {
      try (var in = Files.newInputStream(classFile)) {
        for (var name : referencedTypes(in)) {
          if (!name.startsWith("java/") && !name.startsWith("org/confide/domain/")) {
            offences.add(root.relativize(classFile) + " -> " + name);
          }
        }
      }
    }
    assertThat(classFiles).hasSizeGreaterThan(20);
    assertThat(offences).as("references from the domain to outside the JDK").isEmpty();
  }

  private static Path classesRoot() throws URISyntaxException {
    var location = Report.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    return Path.of(location);
  }

  /** The class names in a class file's constant pool, including those inside descriptors. */
  private static Set<String> referencedTypes(InputStream stream) throws IOException {
    var in = new DataInputStream(stream);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    var utf8 = new String[count];
    var classIndexes = new ArrayList<Integer>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classIndexes.add(in.readUnsignedShort());
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    var names = new TreeSet<String>();
    for (int index : classIndexes) {
      var name = utf8[index];
      if (name.startsWith("[")) {
        addDescriptorTypes(name, names);
      } else {
        names.add(name);
      }
    }
    for (var text : utf8) {
      if (text != null && (text.startsWith("(") || text.startsWith("L") || text.startsWith("["))) {
        addDescriptorTypes(text, names);
      }
    }
    return names;
  }

  private static void addDescriptorTypes(String descriptor, Set<String> names) {
    Matcher matcher = TYPE_NAME.matcher(descriptor);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
  }
}
