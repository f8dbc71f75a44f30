import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Test oracle for the properties parser: loads each properties file with java.util.Properties.load(InputStream),
 * i.e. as ISO-8859-1 bytes, and prints one line of JSON per file, in argument order:
 *
 *   {"file":"...","puts":[["key","value"],...],"map":[["key","value"],...]}
 *   {"file":"...","error":"IllegalArgumentException: Malformed \\uxxxx encoding."}
 *
 * "puts" lists every put() that load() makes, in order (duplicates included); "map" is the resulting Properties,
 * sorted by key. All output is ASCII: every char outside printable ASCII is written as a JSON \\uXXXX escape.
 *
 * Usage: java PropertiesDump ARG...  where each ARG is
 *   path         a properties file
 *   @list        a UTF-8 text file with one properties file path per line
 *   --batch=F    many properties files packed into F: records of a 4-byte big-endian length and that many bytes,
 *                each loaded by its own Properties.load; reported as "F#0", "F#1", ... (writing thousands of
 *                small files is slow on some disks)
 */
public final class PropertiesDump {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  public static void main(String[] args) throws IOException {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    StringBuilder sb = new StringBuilder();
    for (String arg : args) {
      if (arg.startsWith("--batch=")) {
        String batch = arg.substring("--batch=".length());
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(batch)))) {
          for (int i = 0; ; i++) {
            int length;
            try {
              length = in.readInt();
            } catch (EOFException end) {
              break;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            dump(batch + "#" + i, new ByteArrayInputStream(bytes), sb, out);
          }
        }
      } else if (arg.startsWith("@")) {
        for (String line : Files.readAllLines(Paths.get(arg.substring(1)), StandardCharsets.UTF_8)) {
          if (!line.isEmpty()) dumpFile(line, sb, out);
        }
      } else {
        dumpFile(arg, sb, out);
      }
    }
    out.flush();
  }

  private static void dumpFile(String file, StringBuilder sb, OutputStream out) throws IOException {
    try (InputStream in = new BufferedInputStream(new FileInputStream(file))) {
      dump(file, in, sb, out);
    }
  }

  private static void dump(String name, InputStream in, StringBuilder sb, OutputStream out) throws IOException {
    sb.setLength(0);
    sb.append("{\"file\":");
    json(sb, name);
    List<String[]> puts = new ArrayList<>();
    Properties props = new Properties() {
      @Override
      public synchronized Object put(Object key, Object value) {
        puts.add(new String[] {(String) key, (String) value});
        return super.put(key, value);
      }
    };
    try {
      props.load(in);
      sb.append(",\"puts\":[");
      for (int i = 0; i < puts.size(); i++) {
        if (i > 0) sb.append(',');
        pair(sb, puts.get(i)[0], puts.get(i)[1]);
      }
      sb.append("],\"map\":[");
      Map<String, String> sorted = new TreeMap<>();
      for (String key : props.stringPropertyNames()) sorted.put(key, props.getProperty(key));
      boolean first = true;
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        if (!first) sb.append(',');
        first = false;
        pair(sb, e.getKey(), e.getValue());
      }
      sb.append(']');
    } catch (IllegalArgumentException e) {
      sb.append(",\"error\":");
      json(sb, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    sb.append("}\n");
    out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static void pair(StringBuilder sb, String key, String value) {
    sb.append('[');
    json(sb, key);
    sb.append(',');
    json(sb, value);
    sb.append(']');
  }

  private static void json(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
